/**
 * The last gate before a Document leaves sheetparse: it must match `documentSchema`, the
 * contract `sheetparse schema` publishes (SPEC §3). A mismatch is a bug of ours, so it is
 * made visible as a `fatal` diagnostic (exit 2) and never emitted as data.
 *
 * Its own module because it is the one place outside `schema` that needs zod as a value:
 * only the code paths that emit Documents import it, so `--version` and `--help` start
 * without loading zod.
 */
import { documentSchema, sourceSchema, type Diagnostic, type Document, type Source } from "./schema.js";
import { quickCheckOf, type QuickCheck } from "./quick-check.js";

/** What may be emitted for a Document, and whether it is a fatal one (exit 2). */
export interface ValidatedDocument {
  document: Document;
  fatal: boolean;
}

/** An identifier key prints as `.key`; any other as `["key"]`, so the path pastes into jq. */
const IDENTIFIER = /^[a-z_$][\w$]*$/i;

/** A zod issue path as a jq path: `.projects[0].years[2].phase`; the Document itself is `.`. */
export function jqPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === "" ? "." : out;
}

/** zod's complaints quote keys a bug may have filled with sheet text: keep a message one short line. */
function shorten(text: string, max = 200): string {
  const line = text.replace(/\s+/g, " ");
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

let derived: { accepts: QuickCheck } | undefined;

/** The predicate derived from documentSchema, made once; without one, every Document goes to zod. */
function quickCheck(): { accepts: QuickCheck } {
  derived ??= { accepts: quickCheckOf(documentSchema) ?? (() => false) };
  return derived;
}

/** The Document's `source` when that part matches its schema: a broken Document may have broken it too. */
export function soundSource(document: Document): Source | null {
  const result = sourceSchema.safeParse(document.source);
  return result.success ? result.data : null;
}

/** A place where a Document breaks its schema, as zod says it. */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** The `fatal` diagnostic (messageId `invalidDocument`) naming the `first` of `count` issues and how many more there are. */
export function violationOf(first: SchemaIssue | undefined, count: number, path: string | null): Diagnostic {
  const others = Math.max(count - 1, 0);
  const where = first ? `${jqPath(first.path)}: ${shorten(first.message)}` : "(no detail)";
  const more = others === 0 ? "" : ` (and ${others} more problem${others === 1 ? "" : "s"})`;
  return {
    ruleId: "fatal",
    messageId: "invalidDocument",
    severity: "error",
    message: `internal error: the Document does not match its schema at ${where}${more}`,
    // The whole Document is at fault: its first position, 1-based like every other.
    line: 1,
    column: 1,
    path,
  };
}

/**
 * The `fatal` diagnostic (messageId `invalidDocument`) naming the first place where the
 * Document breaks its schema and zod's complaint, or null when it matches.
 */
export function schemaViolation(document: Document): Diagnostic | null {
  // The predicate accepts only what zod accepts, without copying the Document as zod's parse
  // does; anything it refuses goes to zod, which says what is wrong.
  if (quickCheck().accepts(document)) return null;
  const result = documentSchema.safeParse(document);
  if (result.success) return null;
  return violationOf(result.error.issues[0], result.error.issues.length, soundSource(document)?.path ?? null);
}

/** The Document in place of one that breaks its schema: no data, only `violation`; its `source` kept when that part is sound. */
export function fatalInPlaceOf(document: Document, violation: Diagnostic): Document {
  return {
    schemaVersion: 1,
    source: soundSource(document) ?? { path: null, encoding: "utf-8", bom: false, lineCount: 0, profile: "" },
    policies: [],
    projects: [],
    unrecognized: [],
    diagnostics: [violation],
  };
}

/**
 * The Document to emit: itself when it matches its schema; otherwise, in its place, a
 * Document with no data whose only diagnostic says what broke, like any input that gave
 * no data. Its `source` is kept when that part is sound.
 */
export function validateDocument(document: Document): ValidatedDocument {
  const violation = schemaViolation(document);
  if (!violation) return { document, fatal: false };
  return { document: fatalInPlaceOf(document, violation), fatal: true };
}
