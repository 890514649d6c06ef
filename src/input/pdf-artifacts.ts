/**
 * Page furniture between rows (SPEC §8: pages are artifacts): a line that heads or foots
 * most pages with the same text once its digits are ignored (`- 3 -`, `3/12`, a running title
 * with its page number) is the page's, not the sheet's, and is left out. A one-page
 * document has nothing to compare; its page number reaches the parser, which knows the
 * usual page-number shapes.
 */
import type { PageLine } from "./pdf-layout.js";

/**
 * The line with its digits as `#`; null unless it has digits. A repeated line without any
 * (`事業の説明` heading every page of a book of 事業 sheets) is the sheet's own text.
 */
function key(line: PageLine | undefined): string | null {
  if (!line || line.cells.length === 0) return null;
  const text = line.cells.map((cell) => cell.text).join("\t");
  const masked = text.replace(/[0-9\uFF10-\uFF19]+/g, "#");
  return masked === text ? null : masked;
}

function firstContent(lines: readonly PageLine[], fromEnd: boolean): number {
  const order = fromEnd ? [...lines.keys()].reverse() : [...lines.keys()];
  return order.find((index) => (lines[index]?.cells.length ?? 0) > 0) ?? -1;
}

/** The pages without the header and footer lines that repeat on at least half of them (and on two or more). */
export function dropPageFurniture(pages: readonly PageLine[][]): PageLine[][] {
  if (pages.length < 2) return pages.map((lines) => [...lines]);
  const drop = pages.map(() => new Set<number>());
  for (const fromEnd of [false, true]) {
    const counts = new Map<string, number>();
    const keys = pages.map((lines) => {
      const index = firstContent(lines, fromEnd);
      const k = key(lines[index]);
      if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
      return { index, k };
    });
    keys.forEach(({ index, k }, page) => {
      const count = k === null ? 0 : (counts.get(k) ?? 0);
      if (count >= 2 && count * 2 >= pages.length) drop[page]?.add(index);
    });
  }
  return pages.map((lines, page) => lines.filter((_, index) => !drop[page]?.has(index)));
}
