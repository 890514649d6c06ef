/**
 * A PDF's text layer, page by page, as glyph runs placed in reading orientation, with
 * pdfjs-dist (Mozilla's PDF.js; the 5.6 line, the last that runs on Node 20, legacy build
 * for Node). pdfjs is imported only when a PDF is read: it is large, and text inputs should
 * not pay for it. Pages are read one at a time and released, so memory follows the
 * largest page, not the document.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { InputError } from "./types.js";
import { MAX_PAGES } from "./limits.js";

/** One run of glyphs on a baseline: x, y of its start (y downward), its advance and font size, in points. */
export interface GlyphRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPage {
  /** 1-based page number. */
  page: number;
  runs: GlyphRun[];
  /** Quarter turns (0–3) by which the page's text was turned to read it left to right. */
  turned: number;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let pdfjs: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return pdfjs;
}

/** pdfjs's bundled data (CMaps for Japanese fonts that are not embedded, standard font metrics), as folder paths. */
function dataFolders(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  return { cMapUrl: join(root, "cmaps") + "/", standardFontDataUrl: join(root, "standard_fonts") + "/" };
}

/** pdfjs's exceptions, by name (its classes differ between builds), in words a user can act on. */
function refusal(error: unknown): InputError {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") return new InputError("encrypted, password-protected PDF (save it without a password)");
  if (name === "InvalidPDFException") return new InputError("broken PDF (not a PDF, or damaged or truncated)");
  return new InputError(`unreadable PDF (${message})`);
}

/** The quarter turn (0–3) of a text direction in device space (y downward). */
function quarterOf(a: number, b: number): number {
  const angle = Math.atan2(b, a);
  return ((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4;
}

/** Turns a point by `quarters` × −90°, so text of that direction reads left to right. */
function turn(x: number, y: number, quarters: number): [number, number] {
  switch (quarters) {
    case 1:
      return [y, -x];
    case 2:
      return [-x, -y];
    case 3:
      return [-y, x];
    default:
      return [x, y];
  }
}

/**
 * The pages' runs, one page at a time. Throws InputError for an encrypted, broken or too
 * long PDF.
 */
export async function* readPdfPages(bytes: Uint8Array): AsyncGenerator<PdfPage> {
  const { getDocument, Util } = await loadPdfJs();
  // pdfjs takes ownership of the buffer it is given: a copy keeps the caller's bytes intact.
  const task = getDocument({
    data: new Uint8Array(bytes),
    ...dataFolders(),
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      throw refusal(error);
    }
    if (document.numPages > MAX_PAGES) throw new InputError(`too many pages: ${document.numPages} (the limit is ${MAX_PAGES})`);
    for (let number = 1; number <= document.numPages; number++) {
      let page;
      let content;
      try {
        page = await document.getPage(number);
        content = await page.getTextContent({ disableNormalization: true });
      } catch (error) {
        throw refusal(error);
      }
      const viewport = page.getViewport({ scale: 1 });
      const placed: { text: string; t: number[]; width: number; quarter: number }[] = [];
      const votes = [0, 0, 0, 0];
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const t = Util.transform(viewport.transform, item.transform as number[]) as number[];
        const quarter = quarterOf(t[0] ?? 1, t[1] ?? 0);
        votes[quarter] = (votes[quarter] ?? 0) + item.str.length;
        placed.push({ text: item.str, t, width: item.width, quarter });
      }
      // Text drawn turned as a whole (a landscape table on a portrait page) is read turned
      // back; a few runs at another angle (a vertical label) keep their start point.
      const turned = votes.indexOf(Math.max(...votes));
      const runs = placed.map(({ text, t, width }) => {
        const [x, y] = turn(t[4] ?? 0, t[5] ?? 0, turned);
        return { text, x, y, width, size: Math.hypot(t[2] ?? 0, t[3] ?? 0) || 1 };
      });
      page.cleanup();
      yield { page: number, runs, turned };
    }
  } finally {
    await task.destroy();
  }
}
