/** PDF bytes of a tab-separated sheet, `linesPerPage` rows a page (40 by default); see make-pdf.mjs. */
export function sheetPdf(text: string, options?: { linesPerPage?: number }): Buffer;
