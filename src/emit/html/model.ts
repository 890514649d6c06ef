/**
 * The page's view of a batch: every file, 施策 and 事業 with a stable anchor id, and every
 * diagnostic attached to the sheet whose lines hold it. Ids are built from indices only,
 * never from sheet text, so they are always valid and unique.
 */
import type { Diagnostic, Document, PolicySheet, ProjectSheet } from "../../model/schema.js";

/** One input of the batch, as the page needs it. */
export interface ReportFile {
  /** The input's path; null for standard input. */
  path: string | null;
  /** The parsed document with its diagnostics. Objects carrying `line` (`--positions`) let diagnostics be placed in their sheet. */
  document: Document;
  /** True when the input could not be read or decoded (its only diagnostic says why). */
  fatal: boolean;
  /**
   * The sheets themselves, read one at a time in source order, when the Document's lists
   * hold only stand-ins (same names, lines, 施策 and links, no tables): a big file's sheets
   * are then never all in memory at once (issue 13). See {@link ReportPage.add}.
   */
  sheets?: ReportSheets;
}

/** A file's sheets in the order of its Document's lists, each read when its section is rendered. */
export interface ReportSheets {
  policies: Iterator<PolicySheet>;
  projects: Iterator<ProjectSheet>;
}

/** A diagnostic with its anchor and the file it belongs to. */
export interface DiagnosticEntry {
  id: string;
  file: FileEntry;
  diagnostic: Diagnostic;
  /** Anchor of the section that lists it: its sheet, or its file when no sheet holds its line. */
  sectionId: string;
}

interface SheetBase {
  id: string;
  file: FileEntry;
  /** 1-based line where the sheet starts; null when the document carries no positions. */
  line: number | null;
  diagnostics: DiagnosticEntry[];
}

/** A 施策 sheet and the 事業 of the batch that belong to it. */
export interface PolicyEntry extends SheetBase {
  kind: "policy";
  policy: PolicySheet;
  projects: ProjectEntry[];
}

/** A 事業 sheet. */
export interface ProjectEntry extends SheetBase {
  kind: "project";
  project: ProjectSheet;
  /** The 施策 sheet it belongs to, as the model linked them (`ProjectSheet.policyIndex`). */
  owner: PolicyEntry | null;
  /** Its 施策's name: its own position's, else its owner's. */
  policyName: string | null;
}

export type SheetEntry = PolicyEntry | ProjectEntry;

/** One input file of the batch. */
export interface FileEntry {
  id: string;
  /** The path as given, or `<stdin>`. */
  label: string;
  fatal: boolean;
  /** Sheets in source order. */
  sheets: SheetEntry[];
  /** Diagnostics outside any sheet (before the first one, or without positions). */
  diagnostics: DiagnosticEntry[];
  lineCount: number;
  encoding: string;
}

/** Everything the page shows, with anchors assigned. */
export interface ReportModel {
  files: FileEntry[];
  policies: PolicyEntry[];
  projects: ProjectEntry[];
  /** Every diagnostic of the batch, file by file, in position order. */
  diagnostics: DiagnosticEntry[];
}

/** The last sheet starting at or before `line` (sheets sorted by line), or null. */
function sheetAt(sheets: readonly SheetEntry[], line: number): SheetEntry | null {
  let found: SheetEntry | null = null;
  for (const sheet of sheets) {
    if (sheet.line === null || sheet.line > line) continue;
    if (found === null || (found.line ?? 0) <= sheet.line) found = sheet;
  }
  return found;
}

/**
 * One file's model, as the `index`-th file of a batch. Nothing in it depends on the other
 * files (anchors come from the index), which lets the page render each file as it is read.
 */
export function buildFileModel(file: ReportFile, index: number): ReportModel {
  const model: ReportModel = { files: [], policies: [], projects: [], diagnostics: [] };
  const id = `f${index + 1}`;
  const entry: FileEntry = {
    id,
    label: file.path ?? "<stdin>",
    fatal: file.fatal,
    sheets: [],
    diagnostics: [],
    lineCount: file.document.source.lineCount,
    encoding: file.document.source.encoding,
  };
  const { policies, projects } = file.document;
  const policyEntries = policies.map((policy): PolicyEntry => ({ kind: "policy", id: "", file: entry, line: policy.line ?? null, diagnostics: [], policy, projects: [] }));
  const projectEntries = projects.map((project): ProjectEntry => ({ kind: "project", id: "", file: entry, line: project.line ?? null, diagnostics: [], project, owner: null, policyName: project.policy }));
  // Source order when positions are known; otherwise 施策 sheets first, as they usually come.
  const sheets: SheetEntry[] = [...policyEntries, ...projectEntries];
  if (sheets.every((sheet) => sheet.line !== null)) sheets.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  sheets.forEach((sheet, i) => {
    sheet.id = `${id}-s${i + 1}`;
  });
  // The model decided membership (policyIndex); the page only follows it.
  for (const sheet of sheets) {
    if (sheet.kind === "policy") continue;
    const index = sheet.project.policyIndex;
    sheet.owner = index === null ? null : (policyEntries[index] ?? null);
    sheet.owner?.projects.push(sheet);
    sheet.policyName = sheet.project.policy ?? sheet.owner?.policy.position.policy ?? null;
  }
  entry.sheets = sheets;
  file.document.diagnostics.forEach((diagnostic, i) => {
    const sheet = diagnostic.line > 0 ? sheetAt(sheets, diagnostic.line) : null;
    const diagnosticEntry: DiagnosticEntry = { id: `${id}-d${i + 1}`, file: entry, diagnostic, sectionId: sheet?.id ?? id };
    (sheet ?? entry).diagnostics.push(diagnosticEntry);
    model.diagnostics.push(diagnosticEntry);
  });
  model.files.push(entry);
  for (const entry of policyEntries) model.policies.push(entry);
  for (const sheet of sheets) if (sheet.kind === "project") model.projects.push(sheet);
  return model;
}

/** Assigns anchors and places diagnostics. Pure: the files are not changed. */
export function buildReportModel(files: readonly ReportFile[]): ReportModel {
  const model: ReportModel = { files: [], policies: [], projects: [], diagnostics: [] };
  files.forEach((file, index) => {
    const one = buildFileModel(file, index);
    // Loops, not push(...spread): a file may hold very many diagnostics.
    for (const entry of one.files) model.files.push(entry);
    for (const entry of one.policies) model.policies.push(entry);
    for (const entry of one.projects) model.projects.push(entry);
    for (const entry of one.diagnostics) model.diagnostics.push(entry);
  });
  return model;
}
