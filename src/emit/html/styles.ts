/**
 * The page's inline CSS. System fonts only (no web fonts: the page makes no requests).
 * Print: A4, a 事業 or 施策 kept on one page where it fits, never a heading alone at the foot
 * of a page, colours kept so bands and bars stay readable. Phones: nothing wider than the
 * screen but the inside of a .table-wrap, which scrolls sideways.
 */
export const STYLES = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-soft: #f6f8fa; --accent: #0b5cad;
  --met: #1a7f37; --met-bg: #dafbe1; --near: #7d4e00; --near-bg: #fff1c2; --missed: #b42318; --missed-bg: #ffe2de;
  --target: #9aa9bb; --actual: #0b5cad; --budget: #f0b35b; --settlement: #b4531b; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.6;
  font: 15px/1.6 system-ui, -apple-system, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", Meiryo, "Noto Sans CJK JP", "IPAexGothic", "IPAGothic", sans-serif; }
header.page, main { max-width: 1180px; margin: 0 auto; padding: 0 20px; }
header.page { padding-top: 20px; border-bottom: 3px solid var(--accent); }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2, h3 { overflow-wrap: anywhere; }
h2 { font-size: 1.3rem; border-left: 6px solid var(--accent); padding-left: 10px; margin: 32px 0 12px; }
h3 { font-size: 1.15rem; margin: 0 0 2px; }
h4 { font-size: 1rem; margin: 16px 0 6px; }
a { color: var(--accent); }
nav.toc ul { display: flex; flex-wrap: wrap; gap: 4px 18px; list-style: none; padding: 0; margin: 8px 0 12px; }
.muted, .where { color: var(--muted); font-size: 0.85rem; }
.where { margin: 0 0 8px; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.text { white-space: pre-line; margin: 0 0 8px; overflow-wrap: anywhere; }
.kind { display: inline-block; font-size: 0.75rem; font-weight: normal; color: #fff; background: var(--accent); border-radius: 3px; padding: 0 6px; vertical-align: 2px; }
.policy .kind { background: #5a3e9b; }
.stats { display: flex; flex-wrap: wrap; gap: 10px; align-items: stretch; margin: 8px 0; }
.stats-heading { align-self: center; min-width: 12em; font-weight: bold; }
.stat { border: 1px solid var(--line); border-radius: 6px; padding: 6px 14px; min-width: 7.5em; background: var(--bg-soft); }
.stat-value { display: block; font-size: 1.5rem; font-weight: bold; line-height: 1.2; }
.stat-label { font-size: 0.85rem; color: var(--muted); }
.stat.band-met { border-left: 6px solid var(--met); }
.stat.sev-info, .stat.band-none { border-left: 6px solid var(--muted); }
.stat.band-near, .stat.sev-warning { border-left: 6px solid #d4a72c; }
.stat.band-missed, .stat.sev-error { border-left: 6px solid var(--missed); }
table { border-collapse: collapse; margin: 8px 0 12px; font-size: 0.9rem; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; text-align: left; }
thead th { background: var(--bg-soft); }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
/* Wide tables scroll inside their box instead of pushing the page wider than a phone. */
.table-wrap { overflow-x: auto; max-width: 100%; }
/* Without a floor, a 目標 table with many years squeezes 指標の考え方 to one character a line. */
table.targets th, table.targets td { min-width: 5.5em; }
table.targets td:nth-child(2) { min-width: 12em; }
table.overview { width: 100%; }
table.overview caption { font-weight: normal; color: var(--muted); }
table.overview th[scope="row"] { font-weight: normal; }
table.overview thead th { position: sticky; top: 0; z-index: 1; white-space: nowrap; }
button.sort { all: unset; cursor: pointer; font-weight: bold; display: inline-block; }
button.sort:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
button.sort::after { content: " ⇅"; color: var(--muted); font-weight: normal; }
th[aria-sort="ascending"] button.sort::after { content: " ▲"; color: var(--ink); }
th[aria-sort="descending"] button.sort::after { content: " ▼"; color: var(--ink); }
td.band-met { background: var(--met-bg); color: var(--met); }
td.band-near { background: var(--near-bg); color: var(--near); }
td.band-missed { background: var(--missed-bg); color: var(--missed); }
.band-label { font-size: 0.75rem; }
.badge { display: inline-block; border-radius: 3px; padding: 0 6px; font-size: 0.8rem; color: #fff; }
.badge.sev-error { background: var(--missed); }
.badge.sev-warning { background: #9a6700; }
.badge.sev-info { background: var(--muted); }
tr.fatal th, tr.fatal td { background: var(--missed-bg); }
.occurrences { margin: 4px 0; padding-left: 1.2em; max-height: 16em; overflow: auto; }
dl.position, dl.meta, dl.texts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0 10px; }
dl.position div, dl.meta div, dl.texts div { display: contents; }
dt { font-weight: bold; color: var(--muted); }
dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
section.policy, section.project, section.file-diagnostics { border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; margin: 16px 0; }
section.policy { background: #faf8ff; }
/* A batch of 1,000 sheets is ~500,000 elements: skipping layout and paint of the sections
   off screen makes such a page load about 4 times faster in Chromium. */
section.policy, section.project { content-visibility: auto; contain-intrinsic-size: auto 1000px; }
.figures { display: grid; grid-template-columns: minmax(0, 1fr); gap: 8px; }
figure.chart-figure { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; margin: 0; }
/* The chart scales with its viewBox down to the screen's width; min-width: 0 lets a flex item
   shrink below its width attribute, and the table beside it may shrink and scroll. */
svg.chart { width: 100%; max-width: 560px; height: auto; font-size: 12px; flex: 1 1 20rem; min-width: 0; }
figure.chart-figure > .table-wrap { flex: 0 1 auto; min-width: 0; }
/* Money labels come in every unit; the page shows the one it chose for all its charts (page.ts). */
body:not([data-money-unit="sen"]) .mu-sen, body:not([data-money-unit="hyakuman"]) .mu-hyakuman, body:not([data-money-unit="oku"]) .mu-oku { display: none; }
svg.chart text { fill: var(--ink); }
svg.chart .tick, svg.chart .unit { fill: var(--muted); }
svg.chart .grid { stroke: #e6eaef; }
svg.chart .axis { stroke: #8c959f; }
svg.chart .annotation { font-weight: bold; font-size: 11px; }
.s-target { fill: var(--target); }
.s-actual { fill: var(--actual); }
.s-budget { fill: var(--budget); }
.s-settlement { fill: var(--settlement); }
table.chart-data { font-size: 0.85rem; }
.pdca { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.diagnostics ul { list-style: none; padding: 0; margin: 0; }
.diagnostics li { overflow-wrap: anywhere; padding: 3px 0; border-bottom: 1px dotted var(--line); }
.diagnostics li:target, li:target { background: #fff8c5; }
code.rule { font-size: 0.85rem; }
.no-chart { color: var(--muted); }
footer.page { max-width: 1180px; margin: 24px auto; padding: 0 20px; color: var(--muted); font-size: 0.8rem; }
@media (max-width: 800px) { .pdca { grid-template-columns: 1fr; } }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  /* Headings are sized in rem: a 10pt root scales them with the text, so a 事業 fits on a page. */
  html, body { font-size: 10pt; }
  header.page, main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  nav.toc, button.sort::after { display: none; }
  a { color: inherit; text-decoration: none; }
  details > summary { list-style: none; }
  details .occurrences { max-height: none; overflow: visible; }
  table.overview thead th { position: static; }
  table.overview { font-size: 8pt; }
  thead { display: table-header-group; }
  tr, figure.chart-figure, dl, .diagnostics li { break-inside: avoid; }
  /* No forced breaks (each 事業 on its own page printed 14 pages holding only a file heading):
     a sheet moves whole to the next page when it fits there, and a heading stays with what follows. */
  section.project, section.policy { break-inside: avoid; }
  section.project { border: none; border-top: 1px solid var(--line); border-radius: 0; padding: 8px 0 0; margin: 0 0 12px; }
  section.file > h2, section.file > h2 + p.muted, section.file > section.file-diagnostics, .where { break-after: avoid; }
  section.policy, section.project { content-visibility: visible; }
  h2, h3, h4 { break-after: avoid; }
  .table-wrap { overflow: visible; }
  /* The two charts side by side, each over its table, so a 事業 fits on one A4 page. */
  .figures { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 6mm; }
  svg.chart { width: 100%; max-width: none; flex: 1 1 100%; }
  table.chart-data { font-size: 7.5pt; }
  h4 { margin: 8px 0 4px; }
}
`;
