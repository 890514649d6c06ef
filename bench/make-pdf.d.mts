/** PDF bytes of a tab-separated sheet, `linesPerPage` rows a page (40 by default); see make-pdf.mjs. */
/** A PDF of the given objects (object 1 the catalog) and extra trailer entries. */
export function assemble(objects: readonly string[], trailerExtra?: string): Buffer;
export function sheetPdf(text: string, options?: { linesPerPage?: number; rotate?: 0 | 90 | 180 | 270 }): Buffer;
