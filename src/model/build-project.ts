/** A 事業 sheet node → ProjectSheet. */
import type { SectionNode, SheetNode, TableRowNode } from "../syntax/ast.js";
import { parseFiscalYear } from "../japanese/fiscal-year.js";
import type { Locations } from "./locations.js";
import { claimColumns, ignoreSecondValue, readQuantity, type BuildContext } from "./build-context.js";
import { buildPosition } from "./build-position.js";
import { collectExtras } from "./build-extras.js";
import { buildYears } from "./build-years.js";
import type { ActionSection, CheckSection, FutureTarget, Indicator, ProjectSheet } from "./schema.js";
import { entriesIn, entrySpan, entryText, joinText, paragraphsOf, sectionsOf, valueSpan } from "./tree-read.js";

/** Reads the text fields of a context from sections; the first written value wins, and a different later one is named. */
function readTexts<K extends string>(sections: SectionNode[], context: string, keys: readonly K[], target: Record<K, string | null>, locations: Locations, build?: BuildContext): void {
  const seen = new Set<string>();
  for (const section of sections) {
    for (const ref of entriesIn(section)) {
      const key = ref.entry.key as K;
      if (ref.entry.context !== context || !keys.includes(key)) continue;
      if (seen.has(key)) {
        ignoreSecondValue(build, ref.entry.label, entryText(ref), target[key], entrySpan(ref));
        continue;
      }
      seen.add(key);
      target[key] = entryText(ref);
      locations.setField(target, key, valueSpan(ref.entry));
    }
  }
}

function buildCheck(sheet: SheetNode, context: BuildContext): CheckSection | null {
  const { locations } = context;
  const sections = sectionsOf(sheet, "check");
  const first = sections[0];
  if (!first) return null;
  const marker = first.children[0];
  const check: CheckSection = { fiscalYear: marker?.type === "marker" ? (marker.year?.year ?? null) : null, evaluation: null, analysis: null };
  locations.set(check, first.position);
  readTexts(sections, "check", ["evaluation", "analysis"], check, locations, context);
  return check;
}

function buildAction(sheet: SheetNode, context: BuildContext): ActionSection | null {
  const { locations } = context;
  const sections = sectionsOf(sheet, "action");
  const first = sections[0];
  if (!first) return null;
  const action: ActionSection = { approach: null };
  locations.set(action, first.position);
  readTexts(sections, "action", ["approach"], action, locations, context);
  return action;
}

function buildIndicator(sheet: SheetNode, context: BuildContext): Indicator | null {
  const { locations, vocabulary } = context;
  const sections = sectionsOf(sheet, "indicator");
  const first = sections[0];
  if (!first) return null;
  const indicator: Indicator = { name: null, unit: null };
  locations.set(indicator, first.position);
  const marker = first.children[0];
  // The marker row may carry the name, and 単位 with its unit: `成果指標 ⇥ 名前 ⇥ 単位 ⇥ 人`.
  const rowCells = marker?.type === "marker" ? marker.cells.slice(1).filter((cell) => cell.text !== "") : [];
  let inlineUnit: (typeof rowCells)[number] | undefined;
  for (let i = 0; i < rowCells.length; i++) {
    const cell = rowCells[i];
    if (!cell) continue;
    if (vocabulary.label("indicator", cell.text) === "unit" && inlineUnit === undefined) {
      inlineUnit = rowCells[i + 1];
      i++;
    } else if (indicator.name === null) {
      indicator.name = cell.text;
      locations.setField(indicator, "name", cell.position);
    } else {
      context.unclaimed.push({ text: cell.text, position: cell.position });
    }
  }
  for (const section of sections) {
    for (const child of section.children) {
      if (child.type !== "textBlock" || child.key !== "indicatorName") continue;
      const name = joinText(paragraphsOf(child).map((p) => p.text));
      if (indicator.name === null) {
        indicator.name = name;
        locations.setField(indicator, "name", child.position);
      } else if (marker?.type === "marker") {
        // A second 成果指標 with another name: named, not dropped.
        const label = marker.cells.find((cell) => cell.text !== "") ?? marker.cells[0];
        if (label) ignoreSecondValue(context, label, name, indicator.name, child.position);
      }
    }
  }
  const units = { unit: null as string | null };
  readTexts(sections, "indicator", ["unit"], units, locations, context);
  indicator.unit = units.unit ?? inlineUnit?.text ?? null;
  const unitSpan = locations.field(units, "unit") ?? inlineUnit?.position;
  if (unitSpan) locations.setField(indicator, "unit", unitSpan);
  return indicator;
}

/** 今後の成果目標: a years row and a values row, aligned by column. */
function buildFutureTargets(sheet: SheetNode, context: BuildContext): FutureTarget[] {
  const out: FutureTarget[] = [];
  for (const section of sheet.children) {
    for (const child of section.children) {
      if (child.type !== "table" || child.key !== "futureTargets") continue;
      const rows = child.children.filter((row): row is TableRowNode => row.type === "tableRow");
      // The label row (`今後の成果目標 ⇥ ⇥`) holds only its label: a value written there is read by nothing.
      for (const row of child.children) {
        if (row.type !== "field") continue;
        for (const entry of row.entries) if (entry.key === "futureTargets" && entry.value && entry.value.text !== "") context.unclaimed.push({ text: entry.value.text, position: entry.value.position });
      }
      const [yearsRow, valuesRow] = rows;
      if (!yearsRow) continue;
      const isYear = (column: number) => parseFiscalYear(yearsRow.cells[column]?.text ?? "") !== null;
      claimColumns(context, yearsRow.cells, isYear);
      if (valuesRow) claimColumns(context, valuesRow.cells, isYear);
      yearsRow.cells.forEach((cell, column) => {
        const year = parseFiscalYear(cell.text);
        if (!year) return;
        const valueCell = valuesRow?.cells[column];
        const span = valueCell?.position ?? { start: yearsRow.position.end, end: yearsRow.position.end };
        const value = readQuantity(context, valueCell?.text ?? "", "other", span);
        const target: FutureTarget = { fiscalYear: year.year, label: year.label, value };
        context.locations.set(target, cell.position);
        out.push(target);
      });
    }
  }
  return out;
}

export function buildProject(sheet: SheetNode, context: BuildContext): ProjectSheet {
  const { locations } = context;
  const description = { name: null, department: null, purpose: null, budgetAccount: null } as Record<"name" | "department" | "purpose" | "budgetAccount", string | null>;
  readTexts(sectionsOf(sheet, "description"), "description", ["name", "department", "purpose", "budgetAccount"], description, locations, context);
  const position = buildPosition(sheet, locations, context);
  const project: ProjectSheet = {
    name: description.name,
    department: description.department,
    purpose: description.purpose,
    budgetAccount: description.budgetAccount,
    policy: position.policy,
    // Set by ModelBuilder.finish (link-policies.ts) once every sheet of the file is built.
    policyIndex: null,
    position,
    years: buildYears(sheet, context),
    check: buildCheck(sheet, context),
    action: buildAction(sheet, context),
    indicator: buildIndicator(sheet, context),
    futureTargets: buildFutureTargets(sheet, context),
    extras: collectExtras(sheet, locations, context.vocabulary.profile.extras.length > 0),
  };
  for (const key of ["name", "department", "purpose", "budgetAccount"] as const) {
    const span = locations.field(description, key);
    if (span) locations.setField(project, key, span);
  }
  locations.set(project, sheet.position);
  return project;
}
