/**
 * HTML → rows: each `<tr>` of a `<table>` is a row, its cells laid on a grid so that a
 * rowspan or colspan leaves empty cells where the spanned area continues (the parser
 * counts cells, as in the text layout); other block text (headings, paragraphs, list items,
 * `<br>`-separated lines) is a row of one cell. parse5 builds the tree as browsers do, so
 * the unclosed `<td>` and `<tr>` of hand-made municipal pages land where a browser puts them.
 */
import { parse, type DefaultTreeAdapterTypes as T } from "parse5";
import { collapseSpace, trimSpace } from "./text-space.js";
import { InputError, type Row } from "./types.js";
import { MAX_CELLS } from "./limits.js";

const SKIPPED = new Set(["head", "script", "style", "template", "noscript", "title", "svg", "math", "select", "textarea", "iframe", "object"]);
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
  "section", "summary", "ul", "tr", "td", "th", "tbody", "thead", "tfoot",
]);
/** HTML's own bounds (the standard clamps colspan to 1000 and rowspan to 65534). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

function isElement(node: T.ChildNode): node is T.Element {
  return "tagName" in node;
}

function isText(node: T.ChildNode): node is T.TextNode {
  return node.nodeName === "#text";
}

function childrenOf(node: T.ParentNode): T.ChildNode[] {
  return node.nodeName === "template" ? (node as T.Template).content.childNodes : node.childNodes;
}

function attribute(element: T.Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function span(element: T.Element, name: string, max: number): number {
  const value = Number.parseInt(attribute(element, name) ?? "1", 10);
  return Number.isFinite(value) && value >= 1 ? Math.min(value, max) : 1;
}

function startLine(node: T.Element | T.TextNode): number | undefined {
  return node.sourceCodeLocation?.startLine;
}

/** A cell's text: inline text collapsed, `<br>` and blocks inside as line breaks. */
function cellText(element: T.Element): string {
  const lines: string[] = [];
  let current = "";
  const visit = (node: T.ChildNode) => {
    if (isText(node)) {
      current += node.value;
    } else if (isElement(node) && !SKIPPED.has(node.tagName)) {
      const block = node.tagName === "br" || BLOCKS.has(node.tagName) || node.tagName === "table";
      if (block) {
        lines.push(current);
        current = "";
      }
      for (const child of childrenOf(node)) visit(child);
      if (block && node.tagName !== "br") {
        lines.push(current);
        current = "";
      }
    }
  };
  for (const child of childrenOf(element)) visit(child);
  lines.push(current);
  return lines.map((line) => trimSpace(collapseSpace(line))).filter((line) => line !== "").join("\n");
}

/** The `<tr>` of a table, its own (not those of tables nested in its cells). */
function tableRows(table: T.Element): T.Element[] {
  const rows: T.Element[] = [];
  for (const child of childrenOf(table)) {
    if (!isElement(child)) continue;
    if (child.tagName === "tr") rows.push(child);
    else if (child.tagName === "thead" || child.tagName === "tbody" || child.tagName === "tfoot") {
      for (const row of childrenOf(child)) if (isElement(row) && row.tagName === "tr") rows.push(row);
    }
  }
  return rows;
}

/** A cell still covering later rows: columns [start, start + width) until row `until` (exclusive). */
interface Pending {
  start: number;
  width: number;
  until: number;
}

class Collector {
  readonly rows: Row[] = [];
  private cellCount = 0;
  private text = "";
  private textLine: number | undefined;

  push(cells: string[], line: number | undefined): void {
    this.cellCount += Math.max(1, cells.length);
    if (this.cellCount > MAX_CELLS) throw new InputError(`too many cells: more than ${MAX_CELLS.toLocaleString("en")} (the limit for one input)`);
    this.rows.push({ cells, origin: line === undefined ? {} : { line } });
  }

  addText(value: string, line: number | undefined): void {
    if (this.textLine === undefined && value.trim() !== "") this.textLine = line;
    this.text += value;
  }

  /** Ends the current block: its text, if any, is a row of one cell. */
  flush(): void {
    const text = trimSpace(collapseSpace(this.text));
    if (text !== "") this.push([text], this.textLine);
    this.text = "";
    this.textLine = undefined;
  }

  table(table: T.Element): void {
    const rows = tableRows(table);
    let pending: Pending[] = [];
    rows.forEach((tr, index) => {
      pending = pending.filter((entry) => entry.until > index);
      const cells: string[] = [];
      let column = 0;
      const skipCovered = () => {
        for (let moved = true; moved; ) {
          moved = false;
          for (const entry of pending) {
            if (column >= entry.start && column < entry.start + entry.width) {
              column = entry.start + entry.width;
              moved = true;
            }
          }
        }
      };
      for (const td of childrenOf(tr)) {
        if (!isElement(td) || (td.tagName !== "td" && td.tagName !== "th")) continue;
        skipCovered();
        const width = span(td, "colspan", MAX_COLSPAN);
        const height = Math.min(span(td, "rowspan", MAX_ROWSPAN), rows.length - index);
        while (cells.length < column) cells.push("");
        cells.push(cellText(td));
        for (let extra = 1; extra < width; extra++) cells.push("");
        if (height > 1) pending.push({ start: column, width, until: index + height });
        column += width;
      }
      this.push(cells, startLine(tr));
    });
  }
}

function walk(node: T.ChildNode, out: Collector): void {
  if (isText(node)) {
    out.addText(node.value, startLine(node));
    return;
  }
  if (!isElement(node) || SKIPPED.has(node.tagName)) return;
  if (node.tagName === "table") {
    out.flush();
    out.table(node);
    return;
  }
  if (node.tagName === "br") {
    out.flush();
    return;
  }
  const block = BLOCKS.has(node.tagName);
  if (block) out.flush();
  for (const child of childrenOf(node)) walk(child, out);
  if (block) out.flush();
}

/** The rows of a decoded HTML page. Throws InputError when it would exceed the cell limit. */
export function readHtml(text: string): Row[] {
  const document = parse(text, { sourceCodeLocationInfo: true });
  const out = new Collector();
  for (const child of document.childNodes) walk(child, out);
  out.flush();
  return out.rows;
}
