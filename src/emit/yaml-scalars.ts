/**
 * Which strings the YAML emitter must quote so that every reader loads them as
 * strings: YAML 1.2 readers (the `yaml` package, js-yaml 4) and YAML 1.1 readers
 * (PyYAML, ruamel, libyaml, the `yaml` package with `version: "1.1"`), which
 * resolve many more plain scalars to other types.
 */

/**
 * YAML 1.1's implicit scalars other than numbers, with the spec's one-letter
 * booleans (which PyYAML leaves alone but the `yaml` package reads) and PyYAML's
 * `=` (its `value` tag, which it then cannot construct) and `<<` (merge).
 */
const YAML11_WORDS = new Set([
  "y", "Y", "n", "N", "~", "=", "<<",
  "yes", "Yes", "YES", "no", "No", "NO",
  "true", "True", "TRUE", "false", "False", "FALSE",
  "on", "On", "ON", "off", "Off", "OFF",
  "null", "Null", "NULL",
  ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
  ".nan", ".NaN", ".NAN",
]);

/**
 * A superset of YAML 1.1's numbers: binary, octal, hex, decimal, floats with
 * exponents, `_` separators and base 60 (`12:30` is 750). Over-matching only
 * quotes a string that did not need it.
 */
const NUMBER_LIKE = /^[-+]?[\d.][\w.:+-]*$/;

/** A superset of YAML 1.1's timestamps: `2021-04-01`, `2001-12-14t21:59:43.10-05:00`, `2001-12-14 21:59:43.10 -5`. */
const TIMESTAMP_LIKE = /^\d{4}-\d\d?-\d\d?(?:[t ]|$)/i;

/**
 * Characters a YAML reader may refuse or change when written as they are: TAB
 * (PyYAML refuses it in plain scalars), other C0 and C1 controls, DEL, the
 * Unicode line and paragraph separators and NEL (line breaks in YAML 1.1), BOM,
 * U+FFFE/U+FFFF and lone surrogates. A string holding one is written
 * double-quoted with escapes; a line feed alone is fine in a block scalar.
 */
// `[^\P{Cc}\n]`: a control character other than the line feed.
const NEEDS_ESCAPE = /[^\P{Cc}\n]|[\u2028\u2029\uFEFF\uFFFE\uFFFF\p{Surrogate}]/u;

/** The characters JSON.stringify leaves as they are but YAML readers do not accept literally. */
export const UNSAFE_LITERAL = /[\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/gu;

/** True when `text` must be double-quoted with escapes. */
export function needsEscapes(text: string): boolean {
  return NEEDS_ESCAPE.test(text);
}

/** True when a YAML 1.1 reader could read `text`, written plain, as something other than this string. */
export function yaml11Resolves(text: string): boolean {
  return YAML11_WORDS.has(text) || NUMBER_LIKE.test(text) || TIMESTAMP_LIKE.test(text);
}
