/**
 * Just enough PDF reading to judge a printed page without poppler: the page objects in order
 * and, per page, the font size of each text object (BT … ET) its content streams draw. Chromium (Skia)
 * writes one text object per run of glyphs, uncompressed object headers and Flate-compressed
 * content streams, which is all this reads. A test helper, not a PDF parser.
 */
import { inflateSync } from "node:zlib";

function objects(pdf: Buffer): Map<number, { dict: string; stream: Buffer | null }> {
  const text = pdf.toString("latin1");
  const found = new Map<number, { dict: string; stream: Buffer | null }>();
  const header = /\b(\d+) 0 obj\s*/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endobj", start);
    const body = text.slice(start, end);
    const streamAt = body.indexOf("stream");
    const dict = streamAt === -1 ? body : body.slice(0, streamAt);
    let stream: Buffer | null = null;
    if (streamAt !== -1) {
      const length = /\/Length (\d+)/.exec(dict);
      let from = start + streamAt + "stream".length;
      if (text[from] === "\r") from++;
      if (text[from] === "\n") from++;
      stream = pdf.subarray(from, from + Number(length?.[1] ?? 0));
    }
    found.set(Number(match[1]), { dict, stream });
  }
  return found;
}

/** Per page, in page order, the font size (in PDF points) of each text object it draws, in drawing order. */
export function textSizesPerPage(pdf: Buffer): number[][] {
  const all = objects(pdf);
  const pages: number[][] = [];
  for (const { dict } of all.values()) {
    if (!/\/Type\s*\/Page\b/.test(dict)) continue;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict)?.[1] ?? "";
    const sizes: number[] = [];
    for (const ref of contents.matchAll(/\b(\d+) 0 R/g)) {
      const object = all.get(Number(ref[1]));
      if (!object?.stream) continue;
      const data = /\/FlateDecode/.test(object.dict) ? inflateSync(object.stream) : object.stream;
      // Skia starts each text object with its font: `BT /F4 20.799999 Tf`.
      for (const text of data.toString("latin1").matchAll(/\bBT\s+\/\S+\s+([\d.]+)\s+Tf/g)) sizes.push(Number(text[1]));
    }
    pages.push(sizes);
  }
  return pages;
}
