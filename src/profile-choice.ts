/**
 * `--profile auto` (SPEC §7.1): each candidate profile reads the text, and the choice goes
 * first to the profiles whose `detect` words all occur in the file, then to the reading
 * with the most recognised lines minus conflicts (values given twice, invalid quantities,
 * cells no column claims) — so a greedy profile that assigns wrong values loses to a
 * careful one. A tie, or a winner that reads little, is named in a note for stderr.
 */
import { matchKey } from "./source/normalize.js";
import type { Profile } from "./profile/schema.js";
import type { LeafTally, ModelParts } from "./model/build-document.js";
import { cliMessages, type ProfileNotice } from "./messages/cli.js";

/** How one candidate profile read a file. */
export interface CandidateScore {
  profile: string;
  /** True when the profile has `detect` words and all occur; false when some do not; null when it has none. */
  detected: boolean | null;
  /** Content lines (not blank, not layout) the profile recognised. */
  recognized: number;
  /** Content lines of the file. */
  content: number;
  /** Signs of wrong assignments: values given twice, invalid quantities, unclaimed cells. */
  conflicts: number;
}

/** The outcome of `--profile auto` for one file. */
export interface ProfileChoice {
  /** Candidates best first. */
  ranking: CandidateScore[];
  /** Why the choice is worth a word on stderr (a tie, or a weak winner); null when it is clear. */
  notice: ProfileNotice | null;
  /** That word in English (the CLI says it in `--lang`'s language from `notice`). */
  note: string | null;
  /** True when the first two candidates scored the same. */
  tie: boolean;
}

/** Whether every detect word of the profile occurs in the text (after NFKC, without spaces). */
export function detectsIn(profile: Profile, textKey: () => string): boolean | null {
  if (profile.detect.length === 0) return null;
  const key = textKey();
  return profile.detect.every((word) => key.includes(matchKey(word)));
}

/** Scores one candidate's reading of a file. */
export function scoreReading(profile: Profile, detected: boolean | null, tally: LeafTally, model: ModelParts): CandidateScore {
  const { content, unrecognized } = tally;
  const conflicts = model.duplicates.length + model.invalidQuantities.size + model.unclaimed.length + tally.strayFieldCells;
  return { profile: profile.name, detected, recognized: content - unrecognized, content, conflicts };
}

/** Detected profiles first, undetected last; then recognised lines minus conflicts. */
function rank(score: CandidateScore): [number, number] {
  const tier = score.detected === true ? 2 : score.detected === null ? 1 : 0;
  return [tier, score.recognized - score.conflicts];
}

/**
 * Orders the candidates, stably (ties keep the candidates' order: built-in profiles first),
 * and words a note. `readAlike` says whether two candidates read the file to the same data:
 * such a tie (common reads every reference sheet as reference does) is no ambiguity.
 */
export function chooseProfile(scores: readonly CandidateScore[], readAlike: (a: CandidateScore, b: CandidateScore) => boolean = () => false): ProfileChoice {
  const ranking = [...scores].sort((a, b) => {
    const [tierA, netA] = rank(a);
    const [tierB, netB] = rank(b);
    return tierB - tierA || netB - netA;
  });
  const [best, second] = ranking;
  let notice: ProfileNotice | null = null;
  const sameRank = (other: CandidateScore) => best !== undefined && rank(best)[0] === rank(other)[0] && rank(best)[1] === rank(other)[1];
  const tie = second !== undefined && sameRank(second);
  // The first equally good candidate that reads other data than the winner.
  const rival = ranking.slice(1).find((other) => sameRank(other) && best !== undefined && !readAlike(best, other));
  if (best && rival) {
    notice = { kind: "tie", chosen: best.profile, rival: rival.profile, recognized: best.recognized, content: best.content };
  } else if (best && best.content > 0 && best.recognized * 2 <= best.content) {
    notice = { kind: "weak", chosen: best.profile, recognized: best.recognized, content: best.content };
  }
  return { ranking, notice, note: notice && cliMessages.en.profileNotice(notice), tie };
}
