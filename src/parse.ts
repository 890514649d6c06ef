/**
 * The library's parse pipeline: bytes or text → decode → lines → syntax tree → model →
 * Document. Bad content never throws: it becomes diagnostics.
 */
import type { CheckInput } from "./check/types.js";
import { LineTable } from "./source/lines.js";
import { decodeBytes, parseEncodingOption, type DecodeResult, type EncodingOption } from "./source/decode.js";
import type { Profile } from "./profile/schema.js";
import { DEFAULT_PROFILE } from "./profile/registry.js";
import type { RootNode } from "./syntax/ast.js";
import { parseSyntax } from "./syntax/parse.js";
import type { Layout } from "./syntax/layout.js";
import { compileVocabulary, type Vocabulary } from "./syntax/vocabulary.js";
import { buildModel, type ModelParts } from "./model/build-document.js";
import type { Diagnostic, Document, EncodingName, InputFormat } from "./model/schema.js";
import type { Origins } from "./input/origins.js";
import { matchKey } from "./source/normalize.js";
import type { Lang } from "./messages/types.js";
import { chooseProfile, detectsIn, scoreReading, type CandidateScore, type ProfileChoice } from "./profile-choice.js";

export interface ParseOptions {
  /** The input's path, reported in `source.path` and diagnostics; null for standard input. */
  path?: string | null;
  /** For byte input: `auto` (default) or a forced encoding. */
  encoding?: EncodingOption;
  /** Template profile; the reference profile by default. */
  profile?: Profile;
  /**
   * Choose, per input, among these profiles (`--profile auto`): those whose `detect` words all
   * occur first, then the most recognised lines minus conflicts; overrides `profile`.
   */
  autoProfiles?: readonly Profile[];
  /**
   * The language of diagnostic messages (SPEC §5): "en" by default, so library callers see
   * the English they always have; the CLI passes --lang or the locale's.
   */
  lang?: Lang;
  /**
   * For text made from the rows of a PDF, workbook, HTML page or CSV (`parseAny` passes it):
   * the original's format, encoding and BOM, and where each line came from.
   */
  extracted?: ExtractedText;
}

/** Text made from a file's rows, and what the Document says of the file it came from. */
export interface ExtractedText {
  format: InputFormat;
  encoding: EncodingName;
  bom: boolean;
  origins: Origins;
}

/** Everything the pipeline produced: what the checker reads, and what `ast`, `--positions` and the CLI add. */
export interface ParseResult extends CheckInput {
  /** With `autoProfiles`: how the profile was chosen, and a note for stderr when the choice was close or weak. */
  profileChoice?: ProfileChoice;
}

const vocabularies = new WeakMap<Profile, Vocabulary>();

/** The compiled vocabulary of a profile, compiled once per profile object. */
export function vocabularyOf(profile: Profile): Vocabulary {
  let vocabulary = vocabularies.get(profile);
  if (!vocabulary) {
    vocabulary = compileVocabulary(profile);
    vocabularies.set(profile, vocabulary);
  }
  return vocabulary;
}

function fatalDocument(path: string | null, encoding: EncodingName, profile: Profile, diagnostic: Diagnostic, format?: InputFormat): Document {
  return {
    schemaVersion: 1,
    source: { path, encoding, bom: false, lineCount: 0, profile: profile.name, ...(format ? { format } : {}) },
    policies: [],
    projects: [],
    unrecognized: [],
    diagnostics: [diagnostic],
  };
}

/**
 * The result for a file a reader refused (broken, encrypted, a scan …): one `fatal`
 * diagnostic at 1:1 with the reason, and the format it was read as.
 */
export function refusedResult(path: string | null, format: InputFormat, message: string, options: ParseOptions = {}): ParseResult {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const diagnostic: Diagnostic = { ruleId: "fatal", messageId: "badFile", severity: "error", message, line: 1, column: 1, path };
  return { document: fatalDocument(path, "utf-8", profile, diagnostic, format), tree: null, lines: new LineTable(""), model: null, vocabulary: vocabularyOf(profile), fatal: true };
}

/** Runs the whole pipeline and keeps the intermediate results. Diagnostics are left empty for the checker. */
export function parseDetailed(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const path = options.path ?? null;
  const profile = options.profile ?? DEFAULT_PROFILE;
  const vocabulary = vocabularyOf(profile);
  let text: string;
  let encoding: EncodingName = "utf-8";
  let bom: boolean;
  if (typeof input === "string") {
    bom = input.charCodeAt(0) === 0xfeff;
    text = bom ? input.slice(1) : input;
    if (options.extracted) ({ encoding, bom } = options.extracted);
  } else {
    // Library callers may pass any spelling (`SHIFT_JIS`, `cp932`): normalise it as the CLI does.
    const option = parseEncodingOption(options.encoding ?? "auto");
    const decoded: DecodeResult = option === null
      ? { ok: false, encoding: null, message: `unknown encoding "${String(options.encoding)}" (use auto, utf-8, shift_jis, euc-jp, utf-16le or utf-16be)`, line: 1, column: 1 }
      : decodeBytes(input, option);
    if (!decoded.ok) {
      const diagnostic: Diagnostic = {
        ruleId: "fatal",
        messageId: "undecodable",
        severity: "error",
        message: decoded.message,
        line: decoded.line,
        column: decoded.column,
        path,
      };
      const document = fatalDocument(path, decoded.encoding ?? "utf-8", profile, diagnostic);
      return { document, tree: null, lines: new LineTable(""), model: null, vocabulary, fatal: true };
    }
    ({ text, encoding, bom } = decoded);
  }
  const candidates = options.autoProfiles && options.autoProfiles.length > 0 ? options.autoProfiles : null;
  let chosenReading: ReturnType<typeof parseText>;
  let profileChoice: ProfileChoice | undefined;
  if (candidates) {
    // The file's match key is made once, and only when some candidate has detect words.
    let textKey: string | null = null;
    const keyOfText = () => (textKey ??= matchKey(text));
    const readings: ReturnType<typeof parseText>[] = [];
    const scores: CandidateScore[] = [];
    for (const candidate of candidates) {
      const reading = parseText(text, vocabularyOf(candidate));
      readings.push(reading);
      scores.push(scoreReading(candidate, detectsIn(candidate, keyOfText), reading.tree, reading.model));
    }
    const readingOf = (score: CandidateScore) => readings[scores.indexOf(score)];
    profileChoice = chooseProfile(scores, (a, b) => {
      const first = readingOf(a);
      const second = readingOf(b);
      return first !== undefined && second !== undefined && sameData(first.model, second.model);
    });
    const best = profileChoice.ranking[0];
    chosenReading = (best === undefined ? undefined : readingOf(best)) ?? parseText(text, vocabulary);
  } else {
    chosenReading = parseText(text, vocabulary);
  }
  const { lines, tree, model, vocabulary: chosen, layout } = chosenReading;
  const document: Document = {
    schemaVersion: 1,
    source: { path, encoding, bom, lineCount: lines.length, profile: chosen.profileName, layout, format: options.extracted?.format ?? "text" },
    policies: model.policies,
    projects: model.projects,
    unrecognized: model.unrecognized,
    diagnostics: [],
  };
  const origins = options.extracted?.origins;
  return { document, tree, lines, model, vocabulary: chosen, fatal: false, ...(profileChoice ? { profileChoice } : {}), ...(origins ? { origins } : {}) };
}

function sameData(a: ModelParts, b: ModelParts): boolean {
  return JSON.stringify([a.policies, a.projects, a.unrecognized]) === JSON.stringify([b.policies, b.projects, b.unrecognized]);
}

function parseText(text: string, vocabulary: Vocabulary): { lines: LineTable; tree: RootNode; model: ModelParts; vocabulary: Vocabulary; layout: Layout } {
  const { lines, tree, layout } = parseSyntax(text, vocabulary);
  return { lines, tree, model: buildModel(tree, lines, vocabulary), vocabulary, layout };
}
