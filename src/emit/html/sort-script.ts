/**
 * The page's only script: makes the headers of `table[data-sortable]` sort buttons.
 * Without JavaScript the table is complete, just unsorted. Kept as a constant so its
 * CSP hash can be computed when the page is generated; no inline handlers (CSP forbids them).
 */
export const SORT_SCRIPT = `(() => {
  "use strict";
  const collator = new Intl.Collator("ja", { numeric: true });
  function keyOf(row, column) {
    const cell = row.cells[column];
    if (!cell) return "";
    const key = cell.getAttribute("data-sort");
    return key === null ? (cell.textContent || "").trim() : key;
  }
  function sortBy(table, column, header) {
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    for (const other of header.parentElement.children) other.removeAttribute("aria-sort");
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const numeric = header.getAttribute("data-type") === "number";
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    rows.sort((a, b) => {
      const x = keyOf(a, column);
      const y = keyOf(b, column);
      // Empty cells go last whichever the direction.
      if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
      const order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
      return ascending ? order : -order;
    });
    body.append(...rows);
  }
  for (const table of document.querySelectorAll("table[data-sortable]")) {
    const headers = table.tHead ? Array.from(table.tHead.rows[0].cells) : [];
    headers.forEach((header, column) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", () => sortBy(table, column, header));
    });
    table.classList.add("sortable");
  }
})();
`;
