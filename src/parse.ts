/**
 * The library's parse pipeline: bytes or text → decode → lines → syntax tree → model →
 * Document. Bad content never throws: it becomes diagnostics.
 */
import type { CheckInput } from "./check/types.js";
import { LineTable } from "./source/lines.js";
import { decodeBytes, parseEncodingOption, type DecodeResult, type EncodingOption } from "./source/decode.js";
import { freeBuffer, HandedBytes, takeBytes } from "./source/handed-bytes.js";
import type { Profile } from "./profile/schema.js";
import { DEFAULT_PROFILE } from "./profile/registry.js";
import type { RootNode } from "./syntax/ast.js";
import { streamSyntax, type TopLevelNode } from "./syntax/parse.js";
import type { Layout } from "./syntax/layout.js";
import { compileVocabulary, type Vocabulary } from "./syntax/vocabulary.js";
import { ModelBuilder, leavesOf, type LeafTally, type ModelParts, type SheetEntry } from "./model/build-document.js";
import type { Locations } from "./model/locations.js";
import { RuleRun } from "./check/engine.js";
import type { RuleFinding } from "./check/types.js";
import type { Diagnostic, Document, EncodingName, InputFormat } from "./model/schema.js";
import type { Origins } from "./input/origins.js";
import { matchKey } from "./source/normalize.js";
import { SheetDigest } from "./model/sheet-digest.js";
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
  /**
   * Keep the whole syntax tree in the result (`tree`). By default each sheet's tree is
   * dropped once its model is built and its rules have run, so that memory follows one
   * sheet rather than the file (issue 13).
   */
  keepTree?: boolean;
  /**
   * Makes, per input, a consumer of its sheets: each sheet goes to it as soon as it is built
   * and checked, and is let go of after, so that memory follows one sheet rather than the
   * file (issue 13). The result's Document and model then hold no sheets, and `sheets` is
   * that consumer. It is told the input's length in characters and may decline (undefined):
   * the sheets then stay in the Document. With `autoProfiles`, only asked for a text longer
   * than `autoWholeLimit`: a smaller one's winning reading is kept whole from the contest.
   */
  sheetConsumer?: (input: { path: string | null; origins?: Origins; chars: number }) => SheetConsumer | undefined;
  /**
   * With `autoProfiles`: the characters of text up to which every candidate's reading is kept
   * whole (1 Mi by default). Beyond it each candidate keeps only a digest of its sheets and the
   * winner is read again, its sheets going to `sheetConsumer`.
   */
  autoWholeLimit?: number;
}

/** Takes the sheets of one input, in source order, as they are built and checked. */
export interface SheetConsumer {
  /** One sheet; `locations` tell where its values stand until this call returns, and no longer. */
  sheet(entry: SheetEntry, locations: Locations): void;
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
  /** The whole syntax tree with `keepTree`; null otherwise, and when the input could not be decoded. */
  tree: RootNode | null;
  /** With `autoProfiles`: how the profile was chosen, and a note for stderr when the choice was close or weak. */
  profileChoice?: ProfileChoice;
  /** The consumer that took the input's sheets (`ParseOptions.sheetConsumer`): the Document and model hold none then. */
  sheets?: SheetConsumer;
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
  return { document: fatalDocument(path, "utf-8", profile, diagnostic, format), tree: null, findings: [], lines: new LineTable(""), model: null, vocabulary: vocabularyOf(profile), fatal: true };
}

/** Characters of text up to which `--profile auto` keeps every candidate's reading whole: about a 3 MB file. */
const AUTO_WHOLE_LIMIT = 1 << 20;

/**
 * Decodes the input's bytes in a frame of its own: once it returns, handed-over bytes are
 * held by nothing (a local of `parseDetailed` would keep them for the whole parse), and
 * their memory is given back (see freeBytes): the decoded text holds none of it.
 */
function decodeInput(input: Uint8Array | HandedBytes, encoding: EncodingOption | undefined): DecodeResult {
  // Library callers may pass any spelling (`SHIFT_JIS`, `cp932`): normalise it as the CLI does.
  const option = parseEncodingOption(encoding ?? "auto");
  if (option === null) return { ok: false, encoding: null, message: `unknown encoding "${String(encoding)}" (use auto, utf-8, shift_jis, euc-jp, utf-16le or utf-16be)`, line: 1, column: 1 };
  const owned = input instanceof HandedBytes && input.ownsBuffer;
  const bytes = takeBytes(input);
  try {
    return decodeBytes(bytes, option);
  } finally {
    // Only a buffer handed over whole is ours to free: a library caller's own Uint8Array is left as it was.
    if (owned) freeBuffer(bytes);
  }
}

/**
 * Runs the whole pipeline and keeps the intermediate results. Diagnostics are left empty for the checker.
 * Bytes given as {@link HandedBytes} are let go of once decoded.
 */
export function parseDetailed(input: string | Uint8Array | HandedBytes, options: ParseOptions = {}): ParseResult {
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
    const decoded = decodeInput(input, options.encoding);
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
      return { document, tree: null, findings: [], lines: new LineTable(""), model: null, vocabulary, fatal: true };
    }
    ({ text, encoding, bom } = decoded);
  }
  const candidates = options.autoProfiles && options.autoProfiles.length > 0 ? options.autoProfiles : null;
  // The caller's consumer of this input's sheets, made only for the reading that gives them.
  const takeSheets = () => options.sheetConsumer?.({ path, chars: text.length, ...(options.extracted ? { origins: options.extracted.origins } : {}) });
  let chosenReading: ReturnType<typeof parseText>;
  let profileChoice: ProfileChoice | undefined;
  if (candidates) {
    // The file's match key is made once, and only when some candidate has detect words.
    let textKey: string | null = null;
    const keyOfText = () => (textKey ??= matchKey(text));
    // A big text's candidates keep no sheets, only a digest of them to tell whether two read
    // alike, and the winner is read again, its sheets going to the consumer: memory follows
    // one sheet, not one whole Document per candidate (issue 13). A small text's readings
    // are kept whole, so that the winner is not read twice.
    const light = text.length > (options.autoWholeLimit ?? AUTO_WHOLE_LIMIT);
    const readings: { reading: Reading | null; vocabulary: Vocabulary; digest: string | null }[] = [];
    const scores: CandidateScore[] = [];
    // The candidates are read without their trees: the chosen one is read again if its tree is wanted.
    const candidateOptions = { keepTree: false, path };
    for (const candidate of candidates) {
      const digest = light ? new SheetDigest() : null;
      const reading = parseText(text, vocabularyOf(candidate), candidateOptions, digest ?? undefined);
      scores.push(scoreReading(candidate, detectsIn(candidate, keyOfText), reading.tally, reading.model));
      readings.push({ reading: digest ? null : reading, vocabulary: reading.vocabulary, digest: digest ? digest.finish(reading.model) : null });
    }
    const readingOf = (score: CandidateScore) => readings[scores.indexOf(score)];
    profileChoice = chooseProfile(scores, (a, b) => {
      const first = readingOf(a);
      const second = readingOf(b);
      if (first === undefined || second === undefined) return false;
      if (first.reading && second.reading) return sameData(first.reading.model, second.reading.model);
      return first.digest !== null && first.digest === second.digest;
    });
    const best = profileChoice.ranking[0];
    const bestReading = best === undefined ? undefined : readingOf(best);
    if (bestReading?.reading && options.keepTree !== true) {
      chosenReading = bestReading.reading;
    } else {
      chosenReading = parseText(text, bestReading?.vocabulary ?? vocabulary, options, light ? takeSheets() : undefined);
    }
  } else {
    chosenReading = parseText(text, vocabulary, options, takeSheets());
  }
  const { lines, tree, model, findings, vocabulary: chosen, layout, consumer } = chosenReading;
  const document: Document = {
    schemaVersion: 1,
    source: { path, encoding, bom, lineCount: lines.length, profile: chosen.profileName, layout, format: options.extracted?.format ?? "text" },
    policies: model.policies,
    projects: model.projects,
    unrecognized: model.unrecognized,
    diagnostics: [],
  };
  const origins = options.extracted?.origins;
  return { document, tree, findings, lines, model, vocabulary: chosen, fatal: false, ...(profileChoice ? { profileChoice } : {}), ...(origins ? { origins } : {}), ...(consumer ? { sheets: consumer } : {}) };
}

function sameData(a: ModelParts, b: ModelParts): boolean {
  return JSON.stringify([a.policies, a.projects, a.unrecognized]) === JSON.stringify([b.policies, b.projects, b.unrecognized]);
}

interface Reading {
  lines: LineTable;
  tree: RootNode | null;
  model: ModelParts;
  findings: RuleFinding[];
  tally: LeafTally;
  vocabulary: Vocabulary;
  layout: Layout;
  /** Who took the sheets, when the model did not keep them. */
  consumer?: SheetConsumer;
}

/**
 * Reads the text one top-level node at a time: each sheet is built into the model and
 * checked by the per-sheet rules as soon as the parser closes it, then its tree is let go
 * (unless kept), and so is the sheet when a consumer takes it; links between sheets and
 * cross-sheet rules wait for the end of the file.
 */
function parseText(text: string, vocabulary: Vocabulary, options: Pick<ParseOptions, "keepTree" | "path">, consumer?: SheetConsumer): Reading {
  const { lines, layout, position, nodes } = streamSyntax(text, vocabulary);
  const builder = new ModelBuilder(lines, vocabulary, { keepSheets: consumer === undefined });
  const rules = new RuleRun({ path: options.path ?? null, lines, vocabulary, locations: builder.locations, invalidQuantities: builder.invalidQuantities });
  const kept: TopLevelNode[] | null = options.keepTree === true ? [] : null;
  for (const node of nodes) {
    const leaves = leavesOf(node);
    for (const leaf of leaves) rules.leaf(leaf);
    const entry = builder.add(node, leaves);
    if (entry) {
      rules.sheet(entry);
      consumer?.sheet(entry, builder.locations);
      builder.release();
    }
    kept?.push(node);
  }
  const model = builder.finish();
  const findings = rules.end(model, builder.tally);
  const tree: RootNode | null = kept ? { type: "root", position, children: kept } : null;
  return { lines, tree, model, findings, tally: builder.tally, vocabulary, layout, ...(consumer ? { consumer } : {}) };
}
