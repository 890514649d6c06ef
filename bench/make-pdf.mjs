// A PDF of a tab-separated sheet written by hand, with no office suite: each line a row,
// each cell at its column's x (columns as wide as their widest cell plus two ems), 10 pt
// text on a 14 pt pitch, `linesPerPage` rows a page. The font is a Type0 font that is not
// embedded, with CIDs equal to Unicode code points and a ToUnicode map saying so — enough
// for a text layer, as a reader sees it; nothing is drawn legibly. Used by `npm run bench`
// (the 100-page PDF) and by a test (a second PDF producer beside LibreOffice).
import { Buffer } from "node:buffer";

/** PDF bytes of `text` (tab-separated lines); `rotate` sets each page's /Rotate (as a scanner-less "turned" page). */
export function sheetPdf(text, { linesPerPage = 40, rotate = 0 } = {}) {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n").map((line) => line.split("\t"));
  const ems = (s) => [...s].reduce((n, ch) => n + (isHalf(ch) ? 0.5 : 1), 0);
  const size = 10;
  const widths = [];
  for (const cells of lines) cells.forEach((cell, c) => {
    if (c < cells.length - 1) widths[c] = Math.max(widths[c] ?? 2, ems(cell) + 2);
  });
  const xs = [40];
  for (let c = 0; c < 64; c++) xs.push(xs[c] + (widths[c] ?? 2) * size);
  const pages = [];
  for (let at = 0; at < lines.length; at += linesPerPage) pages.push(lines.slice(at, at + linesPerPage));
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add("");
  const tree = add("");
  const toUnicode = add(stream(toUnicodeCMap()));
  const descendant = add(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Sheet /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${objects.length + 2} 0 R /DW 1000 /W [32 126 500 65377 65439 500] /CIDToGIDMap /Identity >>`);
  add(`<< /Type /Font /Subtype /Type0 /BaseFont /Sheet /Encoding /Identity-H /DescendantFonts [${descendant} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  add("<< /Type /FontDescriptor /FontName /Sheet /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>");
  const font = descendant + 1;
  const kids = [];
  for (const page of pages) {
    let content = `BT /F1 ${size} Tf\n`;
    page.forEach((cells, row) => {
      const y = 800 - row * 14;
      cells.forEach((cell, c) => {
        if (cell.trim() === "") return;
        const hex = [...cell].map((ch) => ch.codePointAt(0).toString(16).padStart(4, "0")).join("");
        content += `1 0 0 1 ${xs[c]} ${y} Tm <${hex}> Tj\n`;
      });
    });
    content += "ET";
    const contents = add(stream(content));
    kids.push(add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 ${Math.max(595, xs[xs.length - 1] + 40)} 842] /Rotate ${rotate} /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
  objects[tree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  return assemble(objects);
}

function isHalf(ch) {
  const code = ch.codePointAt(0);
  return (code >= 32 && code <= 126) || (code >= 0xff61 && code <= 0xff9f);
}

function stream(content) {
  const bytes = Buffer.from(content, "latin1");
  return `<< /Length ${bytes.length} >>\nstream\n${content}\nendstream`;
}

/** CID = Unicode code point (BMP), a range per high byte as the CMap grammar wants. */
function toUnicodeCMap() {
  const ranges = [];
  for (let high = 0; high < 256; high++) {
    const h = high.toString(16).padStart(2, "0");
    ranges.push(`<${h}00> <${h}ff> <${h}00>`);
  }
  const chunks = [];
  for (let at = 0; at < ranges.length; at += 100) chunks.push(`${Math.min(100, ranges.length - at)} beginbfrange\n${ranges.slice(at, at + 100).join("\n")}\nendbfrange`);
  return `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Sheet-UCS def /CMapType 2 def\n1 begincodespacerange <0000> <ffff> endcodespacerange\n${chunks.join("\n")}\nendcmap CMapName currentdict /CMap defineresource pop end end`;
}

/** A PDF of the given objects (numbered from 1, object 1 the catalog), with a correct cross-reference table. */
export function assemble(objects, trailerExtra = "") {
  let body = "%PDF-1.7\n";
  const offsets = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
