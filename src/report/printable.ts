/**
 * Text from outside (file names, cell texts in messages) made safe for a terminal or a CI
 * log: a newline in a file name would start a line of its own (in GitHub Actions, a
 * workflow command such as `::error file=README.md::…`), ESC would start a terminal escape
 * sequence, and bidirectional overrides would reorder what a person reads. Every
 * human-facing output (stylish, github, the `sheetparse: …` lines on stderr) goes through
 * this one module.
 */

/**
 * Code points that must not reach a terminal as they are: C0 controls (tab and line
 * breaks included), DEL, C1 controls (0x9B is CSI on some terminals), the Unicode line and
 * paragraph separators, and the bidirectional marks, embeddings, overrides and isolates.
 */
export function isUnsafeCodePoint(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code < 0xa0) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

const SHORT_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x09, "\\t"],
  [0x0a, "\\n"],
  [0x0d, "\\r"],
]);

/** `\n`, `\x1B`, `\u202E`: what a C or JavaScript string literal would say. */
function escapeCodePoint(code: number): string {
  const short = SHORT_ESCAPES.get(code);
  if (short !== undefined) return short;
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
}

export interface PrintableOptions {
  /** Code points to keep as they are, for a caller that escapes them its own way (GitHub's `%0A`). */
  keep?: ReadonlySet<number>;
}

/**
 * A path (or other name) to print: each unsafe code point written as a visible escape
 * (`x\n::error….txt`, `\x1B[31m`), the rest unchanged. Backslashes are not doubled, so a
 * Windows path stays readable; the escapes are for a person, not for parsing back.
 */
export function printable(text: string, options: PrintableOptions = {}): string {
  let out = "";
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!isUnsafeCodePoint(code) || options.keep?.has(code) === true) continue;
    out += text.slice(start, index) + escapeCodePoint(code);
    start = index + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

/**
 * What could make a GitHub Actions workflow command at the start of a line, after leading
 * spaces: `::error …::`, the older `##[error]`, and a single `:`, since `path:line:column`
 * puts another `:` right after a path that is only `:`.
 */
const COMMAND_START = /^\s*(?::|##\[)/;

/**
 * A path printed at the start of a line (stylish's file heading, `path:line:column: …` on
 * stderr): printable, and a relative path that would read as a workflow command
 * (`::error file=README.md::x.txt` is a valid file name) gets `./` in front — the same
 * file, but no longer a command.
 */
export function printablePath(path: string): string {
  const shown = printable(path);
  return COMMAND_START.test(shown) ? `./${shown}` : shown;
}

/** A message as one terminal line: line breaks, tabs and the other unsafe code points become spaces. */
export function oneLine(text: string): string {
  let out = "";
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    if (!isUnsafeCodePoint(text.charCodeAt(index))) continue;
    out += `${text.slice(start, index)} `;
    start = index + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

/** The unsafe code points JSON.stringify leaves as they are (it escapes C0 itself). */
const JSON_RAW_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/gu;

/**
 * JSON text (from JSON.stringify) with DEL, the C1 controls and the bidirectional and
 * separator code points written as `\u009B` escapes: the same JSON to a parser, but
 * harmless when a person runs `--reporter json` on a terminal. They can only occur inside
 * strings, so the layout's own newlines are untouched.
 */
export function escapeJsonText(json: string): string {
  return json.replace(JSON_RAW_UNSAFE, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
}
