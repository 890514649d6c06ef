/**
 * HTML built by a tagged template that escapes every interpolated value unless it is
 * already `SafeHtml`. Sheet texts are untrusted (a cell may hold `<script>`), so the
 * safe path is the default one: forgetting to escape takes an explicit `trusted()`.
 */

/** A fragment of HTML that is safe to insert as is (escaped, or built from trusted constants). */
export class SafeHtml {
  /** The markup. */
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

/** What a template may interpolate: text (escaped), numbers, safe fragments, lists of them; null and undefined render nothing. */
export type HtmlPart = SafeHtml | string | number | null | undefined | readonly HtmlPart[];

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  ["'", "&#39;"],
]);

// One linear pass over a class of five characters; quotes too, so the result is safe in attribute values.
const SPECIAL = /[&<>"']/g;

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (char) => ENTITIES.get(char) ?? char);
}

function render(part: HtmlPart): string {
  if (part === null || part === undefined) return "";
  if (part instanceof SafeHtml) return part.text;
  if (typeof part === "number") return escapeHtml(String(part));
  if (typeof part === "string") return escapeHtml(part);
  let out = "";
  for (const item of part) out += render(item);
  return out;
}

/** Tagged template: the literal parts are markup, every interpolated value is escaped unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlPart[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? "");
  return new SafeHtml(out);
}

/** Marks a constant of our own (CSS, script) as markup. Never pass text that came from a sheet. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Joins fragments without separators. */
export function join(parts: readonly HtmlPart[]): SafeHtml {
  return new SafeHtml(render(parts));
}
