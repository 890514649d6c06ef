/** A 施策 sheet node → PolicySheet. */
import type { Cell, SectionNode, SheetNode, TableNode, TableRowNode } from "../syntax/ast.js";
import type { Vocabulary } from "../syntax/vocabulary.js";
import { parseYearHeading } from "../japanese/fiscal-year.js";
import type { Locations } from "./locations.js";
import { buildPosition } from "./build-position.js";
import { collectExtras } from "./build-extras.js";
import { claimColumns, readQuantity, type BuildContext } from "./build-context.js";
import type { MainProject, Opinion, PolicySheet, Target, TargetValue } from "./schema.js";
import { cellText, joinText, paragraphsOf, sectionsOf } from "./tree-read.js";

/** A year column heading, also inside a note: `現状値（平成29年度）`, `目標値(2022年)`. */
function yearHeadingOf(text: string): { year: number; label: string } | null {
  const direct = parseYearHeading(text);
  if (direct) return direct;
  const open = Math.max(text.lastIndexOf("（"), text.lastIndexOf("("));
  const close = Math.max(text.lastIndexOf("）"), text.lastIndexOf(")"));
  if (open < 0 || close <= open) return null;
  const inner = parseYearHeading(text.slice(open + 1, close));
  return inner ? { year: inner.year, label: text.trim() } : null;
}

function tablesOf(sections: SectionNode[]): TableRowNode[] {
  const rows: TableRowNode[] = [];
  for (const section of sections) {
    for (const child of section.children) {
      if (child.type !== "table") continue;
      for (const row of (child as TableNode).children) if (row.type === "tableRow") rows.push(row);
    }
  }
  return rows;
}

function isEmptyRow(cells: readonly Cell[]): boolean {
  return cells.every((cell) => cell.text === "");
}

/** Column → canonical key from a header row; null when the row is not a header (fewer than `least` labels). */
function readHeader(row: TableRowNode, vocabulary: Vocabulary, context: "mainProjects" | "targets", least = 1): Map<number, string> | null {
  const columns = new Map<number, string>();
  row.cells.forEach((cell, index) => {
    const key = vocabulary.label(context, cell.text);
    if (key !== null) columns.set(index, key);
  });
  return columns.size >= least ? columns : null;
}

const DEFAULT_MAIN_PROJECT_COLUMNS = new Map<number, string>([[0, "direction"], [1, "project"], [2, "department"]]);

function buildMainProjects(sheet: SheetNode, context: BuildContext): MainProject[] {
  const { vocabulary, locations } = context;
  const rows = tablesOf(sectionsOf(sheet, "mainProjects"));
  let columns = DEFAULT_MAIN_PROJECT_COLUMNS;
  const out: MainProject[] = [];
  rows.forEach((row, index) => {
    // The first row is the header; a header repeated after a page break is one too.
    const header = readHeader(row, vocabulary, "mainProjects", index === 0 ? 1 : 2);
    if (header) {
      columns = header;
      claimColumns(context, row.cells, (column) => header.has(column));
      return;
    }
    if (isEmptyRow(row.cells)) return;
    claimColumns(context, row.cells, (column) => columns.has(column));
    const item: MainProject = { direction: null, project: null, department: null };
    for (const [column, key] of columns) {
      if (key === "direction" || key === "project" || key === "department") {
        item[key] = cellText(row.cells[column]);
        const cell = row.cells[column];
        if (cell) locations.setField(item, key, cell.position);
      }
    }
    locations.set(item, row.position);
    out.push(item);
  });
  return out;
}

function buildTargets(sheet: SheetNode, context: BuildContext): Target[] {
  const { vocabulary, locations } = context;
  const rows = tablesOf(sectionsOf(sheet, "targets"));
  const out: Target[] = [];
  let labels = new Map<number, string>();
  let years = new Map<number, { year: number; label: string }>();
  for (const row of rows) {
    const header = readHeader(row, vocabulary, "targets");
    if (header) {
      labels = header;
      years = new Map();
      row.cells.forEach((cell, index) => {
        const heading = yearHeadingOf(cell.text);
        if (heading) years.set(index, heading);
      });
      claimColumns(context, row.cells, (column) => labels.has(column) || years.has(column));
      continue;
    }
    if (isEmptyRow(row.cells)) continue;
    claimColumns(context, row.cells, (column) => labels.has(column) || years.has(column));
    const target: Target = { indicator: null, basis: null, direction: null, values: [] };
    for (const [column, key] of labels) {
      if (key === "indicator" || key === "basis" || key === "direction") target[key] = cellText(row.cells[column]);
    }
    for (const [column, heading] of years) {
      const cell = row.cells[column];
      const value = readQuantity(context, cell?.text ?? "", "other", cell?.position ?? row.position);
      const entry: TargetValue = { year: heading.year, label: heading.label, value };
      locations.set(entry, cell?.position ?? row.position);
      target.values.push(entry);
    }
    locations.set(target, row.position);
    out.push(target);
  }
  return out;
}

function buildOpinions(sheet: SheetNode, locations: Locations): Opinion[] {
  const out: Opinion[] = [];
  for (const section of sectionsOf(sheet, "opinions")) {
    const marker = section.children[0];
    const fiscalYear = marker?.type === "marker" ? (marker.year?.year ?? null) : null;
    for (const child of section.children) {
      if (child.type !== "textBlock" || child.key !== "opinion") continue;
      const paragraphs = paragraphsOf(child);
      const [sourceLine, ...rest] = paragraphs;
      // Text written in the source line's row, after the source cell (`市議会からの意見 ⇥ …`).
      const inline = sourceLine ? sourceLine.cells.filter((cell) => cell.text !== "").slice(1).map((cell) => cell.text) : [];
      const body = child.source === undefined ? paragraphs.map((p) => p.text) : [...inline, ...rest.map((p) => p.text)];
      const opinion: Opinion = { fiscalYear, source: child.source ?? null, text: joinText(body) ?? "" };
      locations.set(opinion, child.position);
      out.push(opinion);
    }
  }
  return out;
}

function buildAchievementStatus(sheet: SheetNode): string | null {
  const pieces: string[] = [];
  for (const section of sectionsOf(sheet, "achievementStatus")) {
    for (const child of section.children) {
      if (child.type === "textBlock") for (const paragraph of paragraphsOf(child)) pieces.push(paragraph.text);
    }
  }
  return joinText(pieces);
}

export function buildPolicy(sheet: SheetNode, context: BuildContext): PolicySheet {
  const { locations } = context;
  const policy: PolicySheet = {
    position: buildPosition(sheet, locations, context),
    mainProjects: buildMainProjects(sheet, context),
    targets: buildTargets(sheet, context),
    opinions: buildOpinions(sheet, locations),
    achievementStatus: buildAchievementStatus(sheet),
    extras: collectExtras(sheet, locations, context.vocabulary.profile.extras.length > 0),
  };
  locations.set(policy, sheet.position);
  return policy;
}
