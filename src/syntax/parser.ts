/**
 * The named-state parser: lines → syntax tree. The state is the section being read
 * (`mode`) plus the open containers (year block, table, text block); meaning depends on
 * it, because sheets put 【Check】 and 【Action】 between two 【Do】 year blocks.
 */
import type { LabelContext, SectionKey } from "../profile/schema.js";
import type { Line } from "../source/lines.js";
import { matchFiscalYearPrefix, parseFiscalYear, type Era } from "../japanese/fiscal-year.js";
import { mayStartYear, parseGridHeading } from "../japanese/grid-heading.js";
import type {
  ArtifactNode, Cell, FieldEntry, FieldNode, GridNode, GridRowNode, LeafNode, MarkerNode, ParagraphNode, RootNode, RuleNode, SectionNode,
  SheetNode, Span, TableNode, TableRowNode, TextBlockNode, TitleNode, UnitNoteNode, UnrecognizedNode, YearBlockNode,
} from "./ast.js";
import { endsGrid, readGridHeader, readGridRow, readPhaseRow, type GridShape, type HeadingContext } from "./grid.js";
import { TokenGrid, type HeldLine } from "./token-grid.js";
import { lineContentSpan } from "./cells.js";
import { splitLine, type Layout } from "./layout.js";
import { classifyLine, firstFilled } from "./classify.js";
import { decideMarker, endsTextSection, fitsTable, isEvidence, isStructureWord, looksLikeValue } from "./evidence.js";
import { readFieldRow } from "./rows.js";
import { MONEY_KEYS, PROSE_KEYS, QUANTITY_KEYS } from "../profile/fields.js";
import type { Vocabulary } from "./vocabulary.js";

type Mode = "top" | SectionKey;


/** Quantity fields: their value belongs in their own row's cells, never on the next line. */



/** Sections that belong to a 施策 sheet; the others belong to a 事業 sheet. */
const POLICY_SECTIONS: ReadonlySet<SectionKey> = new Set(["mainProjects", "targets", "opinions", "achievementStatus"]);

/** Labels a row may carry in each section, besides the year-block labels of 事業 sections. */
const SECTION_CONTEXTS: Partial<Record<SectionKey, LabelContext>> = {
  check: "check",
  action: "action",
  indicator: "indicator",
  plan: "plan",
};

/**
 * A marker whose section opens only on evidence (SPEC §7.1): the rows it needs must follow.
 * Layout lines between the marker and that row wait with it, so the tree keeps their order.
 */
interface PendingMarker {
  marker: MarkerNode;
  layout: (RuleNode | ArtifactNode)[];
}

interface State {
  mode: Mode;
  /** A marker waiting for its evidence row. */
  pending: PendingMarker | null;
  /**
   * The section's table ended at a row that did not fit: later content lines of the
   * section are read afresh (a lost 事業の説明 heading) or are unrecognised, never table rows.
   */
  sectionOver: boolean;
  /** Blank lines since the last non-blank one: two or more end an opinion or achievement text section. */
  blankRun: number;
  root: RootNode;
  sheet: SheetNode | null;
  section: SectionNode | null;
  yearBlock: YearBlockNode | null;
  table: TableNode | null;
  /** For a futureTargets table: which row comes next. */
  tableStage: "years" | "values" | null;
  text: TextBlockNode | null;
  /** Whether the open text block holds any text yet. */
  textHasContent: boolean;
  /**
   * How many lines the open text block may take: unlimited for prose fields (事業の目的,
   * 評価 …), one for a label standing alone whose value is on the next line (事業名 ⏎ 名前).
   */
  textLimit: number;
  /**
   * What stands between the open text and the next line: a blank line ends a text, but
   * a page break (blank lines around a page number) does not.
   */
  textGap: "none" | "blank" | "pageBreak";
  /** The open grid whose rows are cells of one line (tab, spaces, pipes, words on single spaces). */
  grid: { node: GridNode; shape: GridShape } | null;
  /** `tokens` layout: year headings, one per line, that may become a grid's header. */
  tokenHeadings: HeldLine[];
  /** `tokens` layout: the open grid and the measure it is reading. */
  tokenGrid: { node: GridNode; reader: TokenGrid } | null;
  /** Held lines being read afresh: they may not start a token grid again. */
  replaying: boolean;
  /** The unit of a table note (`(単位：千円)`) that no grid has taken yet: the next grid's, and single years' before it. */
  unitNote: string | null;
  /** The era in reach of era-less headings: the sheet title's or an earlier heading's. */
  sheetEra: Era | null;
  /** The open sheet was started by its title and holds nothing else yet. */
  sheetFresh: boolean;
  /** Lines of one character: a word split one character per line (`成` `果` `指` `標`) waits to be joined. */
  letters: Line[];
}

/** One character alone on its line (a letter of a vertical label), not a digit or a mark. */
function isLoneLetter(text: string): boolean {
  if (text.length > 8) return false;
  const trimmed = text.trim();
  if (trimmed === "" || [...trimmed].length !== 1) return false;
  return /\p{L}/u.test(trimmed);
}

/** Sections of a 事業 sheet in which a grid of years may stand. */
const GRID_SECTIONS: ReadonlySet<Mode> = new Set(["description", "do", "check", "action", "indicator", "plan"]);

function extend(span: Span, to: Span): void {
  span.end = to.end;
}

function copySpan(span: Span): Span {
  return { start: { ...span.start }, end: { ...span.end } };
}

/** A child of the root: a sheet, or a line outside every sheet. */
export type TopLevelNode = RootNode["children"][number];

export class SheetParser {
  private readonly state: State;
  /**
   * How many of the root's first children are final: a sheet once the parser has closed it
   * (and the lines outside sheets before it), so `takeClosed` can hand them on and the
   * tree of a big file never has to be whole (issue 13).
   */
  private closedCount = 0;

  constructor(private readonly vocabulary: Vocabulary, private readonly layout: Layout = "tab") {
    const origin = { line: 1, column: 1, offset: 0 };
    this.state = {
      mode: "top",
      pending: null,
      sectionOver: false,
      blankRun: 0,
      root: { type: "root", position: { start: origin, end: { ...origin } }, children: [] },
      sheet: null,
      section: null,
      yearBlock: null,
      table: null,
      tableStage: null,
      text: null,
      textHasContent: false,
      textLimit: Number.POSITIVE_INFINITY,
      textGap: "none",
      grid: null,
      tokenHeadings: [],
      tokenGrid: null,
      replaying: false,
      unitNote: null,
      sheetEra: null,
      sheetFresh: false,
      letters: [],
    };
  }

  /** Feeds one line. */
  push(line: Line): void {
    if (isLoneLetter(line.text)) {
      this.state.letters.push(line);
      return;
    }
    this.flushLetters();
    this.pushLine(line, splitLine(line, this.layout), lineContentSpan(line));
  }

  /**
   * Joins the longest run of one-character lines that spells a label or marker of the
   * profile (SPEC §7.2); the other lines are read as they are.
   */
  private flushLetters(): void {
    const letters = this.state.letters;
    this.state.letters = [];
    let i = 0;
    while (i < letters.length) {
      let end = -1;
      for (let n = letters.length; n >= i + 2 && end < 0; n--) {
        const word = letters.slice(i, n).map((letter) => letter.text.trim()).join("");
        if (this.vocabulary.isAnyLabel(word) || this.vocabulary.marker(word) !== null) end = n;
      }
      const first = letters[i];
      if (!first) break;
      if (end < 0) {
        this.pushLine(first, splitLine(first, this.layout), lineContentSpan(first));
        i++;
        continue;
      }
      const last = letters[end - 1] ?? first;
      const text = letters.slice(i, end).map((letter) => letter.text.trim()).join("");
      const position: Span = { start: lineContentSpan(first).start, end: lineContentSpan(last).end };
      this.pushLine({ number: first.number, offset: first.offset, text, ending: first.ending }, [{ text, position }], position);
      i = end;
    }
  }

  private pushLine(line: Line, cells: Cell[], position: Span): void {
    const lineClass = classifyLine(line, cells, this.vocabulary);
    if (lineClass.kind === "marker") this.endTokenGrid();
    const blankRun = this.state.blankRun;
    this.state.blankRun = lineClass.kind === "blank" ? blankRun + 1 : 0;
    if (this.state.pending) {
      if (lineClass.kind === "blank") return;
      if (lineClass.kind === "rule" || lineClass.kind === "artifact") {
        const node: RuleNode | ArtifactNode = lineClass.kind === "rule" ? { type: "rule", position, cells } : { type: "artifact", kind: lineClass.artifact, position, cells };
        this.state.pending.layout.push(node);
        return;
      }
      this.resolvePending(lineClass.kind === "content" ? { line, cells } : null);
    }
    switch (lineClass.kind) {
      case "blank":
        // A value expected on the next line must be on the very next line; a prose text
        // ends at a blank line unless a page number follows it (a page break).
        if (this.state.text && this.state.textLimit === 1) this.closeText();
        else if (this.state.text && this.state.textHasContent && this.state.textGap === "none" && !this.isOpenEnded(this.state.text)) this.state.textGap = "blank";
        return;
      case "rule": {
        // Under 今後の成果目標's years, a row of dashes is the not-applicable values row.
        if (this.state.table?.key === "futureTargets" && this.state.tableStage === "values") {
          this.readContent(line, cells, position);
          return;
        }
        const node: RuleNode = { type: "rule", position, cells };
        this.closeText();
        this.appendLayout(node);
        return;
      }
      case "artifact": {
        const node: ArtifactNode = { type: "artifact", kind: lineClass.artifact, position, cells };
        if (this.state.text) this.state.textGap = "pageBreak";
        this.appendLayout(node);
        return;
      }
      case "marker": {
        const node: MarkerNode = { type: "marker", key: lineClass.marker.key, year: lineClass.marker.year, position, cells };
        const decision = decideMarker(node.key, this.state.sheet);
        if (decision === "open") this.openSection(node);
        else if (decision === "await") this.state.pending = { marker: node, layout: [] };
        else this.refuseMarker(node);
        return;
      }
      case "content":
        if (this.state.textGap === "blank") this.closeText();
        this.state.textGap = "none";
        if (endsTextSection(this.vocabulary, this.state.mode, this.state.sectionOver, cells, blankRun)) {
          this.closeText();
          this.state.sectionOver = true;
        }
        this.readContent(line, cells, position);
        return;
    }
  }

  /**
   * Removes and returns the root's children that nothing can change any more: those before
   * the end of the last closed sheet. No later line is ever added to a closed sheet (a
   * sheet's sections are opened only in the open sheet), so a consumer may build, check
   * and drop them while the rest of the file is read.
   */
  takeClosed(): TopLevelNode[] {
    if (this.closedCount === 0) return [];
    const closed = this.state.root.children.splice(0, this.closedCount);
    this.closedCount = 0;
    return closed;
  }

  /** Finishes the tree; the root spans the whole input and holds the children not yet taken. */
  finish(end: { line: number; column: number; offset: number }): RootNode {
    this.flushLetters();
    this.endTokenGrid();
    if (this.state.pending) this.resolvePending(null);
    this.closeSheet();
    this.state.root.position.end = end;
    return this.state.root;
  }

  // ---- evidence -----------------------------------------------------------

  /** Opens the waiting marker's section when `next` proves it, else leaves the marker unrecognised. */
  private resolvePending(next: { line: Line; cells: Cell[] } | null): void {
    const pending = this.state.pending;
    if (!pending) return;
    this.state.pending = null;
    const { marker } = pending;
    if (next && isEvidence(this.vocabulary, marker.key, next.line, next.cells)) {
      this.openSection(marker);
    } else {
      this.refuseMarker(marker);
    }
    for (const node of pending.layout) this.appendLayout(node);
  }

  /**
   * A marker that may not open its section is an unrecognised line. It still breaks an open
   * table, so the layout lines after it stay outside, and it ends a text section: what
   * follows it is not that text.
   */
  private refuseMarker(marker: MarkerNode): void {
    this.closeTable();
    this.unrecognized(marker.cells, marker.position);
    if (this.state.mode === "opinions" || this.state.mode === "achievementStatus") this.state.sectionOver = true;
  }

  /**
   * Whether the open text may take this row: a one-line value must look like a value, and a
   * prose text ends at a row that starts with a label, marker or year heading.
   */
  private textTakes(cells: readonly Cell[]): boolean {
    if (!this.state.text) return false;
    if (this.state.textLimit === 1) return looksLikeValue(this.vocabulary, cells);
    const first = firstFilled(cells);
    return first < 0 || !isStructureWord(this.vocabulary, cells[first]?.text ?? "");
  }

  // ---- containers -------------------------------------------------------

  /** Opinion and achievement texts run to the next marker, across blank lines. */
  private isOpenEnded(text: TextBlockNode): boolean {
    return text.key === "opinion" || text.key === "achievementStatus";
  }

  private closeText(): void {
    this.state.text = null;
    this.state.textHasContent = false;
    this.state.textLimit = Number.POSITIVE_INFINITY;
    this.state.textGap = "none";
  }

  /** Inline labels (`成果目標 の達成に…`) are not read inside running text, only at a text's start. */
  private inlineAllowed(): boolean {
    return !(this.state.text && this.state.textHasContent);
  }

  private closeTable(): void {
    this.state.table = null;
    this.state.tableStage = null;
  }

  private closeYearBlock(): void {
    this.closeText();
    this.closeTable();
    this.state.yearBlock = null;
  }

  /**
   * Closes the open grid. A header that no measure row followed reads nothing: its rows are
   * unrecognised, so that its cells are named rather than dropped.
   */
  private closeGrid(): void {
    const grid = this.state.grid?.node ?? this.state.tokenGrid?.node;
    if (grid && !grid.children.some((child) => child.type === "gridRow")) {
      grid.children = grid.children.map((child) => (child.type === "tableRow" ? { type: "unrecognized", position: child.position, cells: child.cells } : child));
    }
    this.state.grid = null;
    this.state.tokenGrid = null;
    this.state.tokenHeadings = [];
  }

  private closeSection(): void {
    this.closeYearBlock();
    this.closeGrid();
    this.state.section = null;
  }

  private closeSheet(): void {
    this.closeSection();
    if (this.state.sheet) this.closedCount = this.state.root.children.length;
    this.state.sheet = null;
  }

  private openSheet(type: SheetNode["type"], position: Span): SheetNode {
    // A sheet its title started takes the first heading of its kind.
    const fresh = this.state.sheet;
    if (fresh && this.state.sheetFresh && fresh.type === type) {
      this.state.sheetFresh = false;
      return fresh;
    }
    this.state.sheetFresh = false;
    this.state.sheetEra = null;
    this.closeSheet();
    const sheet: SheetNode = { type, position: copySpan(position), children: [] };
    this.state.root.children.push(sheet);
    this.state.sheet = sheet;
    return sheet;
  }

  /** A marker opens a section, and a sheet when the section cannot belong to the open one. */
  private openSection(marker: MarkerNode): void {
    const key = marker.key;
    const sheet = this.state.sheet;
    let target: SheetNode;
    if (key === "description") {
      target = this.openSheet("projectSheet", marker.position);
    } else if (key === "position") {
      // Inside a 事業 sheet the position follows 事業の説明; anywhere else it starts a 施策 sheet.
      const inProject = sheet?.type === "projectSheet" && sheet.children.every((s) => s.key === "description");
      target = inProject && sheet ? sheet : this.openSheet("policySheet", marker.position);
    } else if (POLICY_SECTIONS.has(key)) {
      target = sheet?.type === "policySheet" ? sheet : this.openSheet("policySheet", marker.position);
    } else {
      target = sheet?.type === "projectSheet" ? sheet : this.openSheet("projectSheet", marker.position);
    }
    const titled = this.state.sheetFresh && this.state.section?.key === key ? this.state.section : null;
    this.state.sheetFresh = false;
    if (titled) {
      // The title's own section: its heading follows the title.
      this.closeYearBlock();
      this.closeGrid();
      titled.children.push(marker);
      extend(titled.position, marker.position);
      extend(target.position, marker.position);
      this.state.mode = key;
      this.state.sectionOver = false;
      return;
    }
    this.closeSection();
    const section: SectionNode = { type: "section", key, position: copySpan(marker.position), children: [marker] };
    target.children.push(section);
    extend(target.position, marker.position);
    this.state.section = section;
    this.state.mode = key;
    this.state.sectionOver = false;
  }

  /** Rules and artifacts go to the innermost open container, so siblings stay in order. */
  private appendLayout(node: RuleNode | ArtifactNode): void {
    const { text, table, yearBlock } = this.state;
    if (text && node.type === "artifact") {
      text.children.push(node);
      this.grow(node.position);
      return;
    }
    const grid = this.state.grid?.node ?? this.state.tokenGrid?.node;
    if (table) table.children.push(node);
    else if (grid) grid.children.push(node);
    else if (yearBlock) yearBlock.children.push(node);
    else this.appendToSection(node);
    this.grow(node.position);
  }

  private appendToSection(node: SectionNode["children"][number]): void {
    if (this.state.section) this.state.section.children.push(node);
    else this.state.root.children.push(node as LeafNode);
  }

  /** Extends every open container to cover a new line. */
  private grow(position: Span): void {
    const { sheet, section, yearBlock, table, text } = this.state;
    const grid = this.state.grid?.node ?? this.state.tokenGrid?.node;
    for (const container of [sheet, section, yearBlock, table, text, grid]) if (container) extend(container.position, position);
    if (this.state.sheetFresh && sheet && section && section.children.length > 1) this.state.sheetFresh = false;
  }

  private unrecognized(cells: Cell[], position: Span, reason?: UnrecognizedNode["reason"]): void {
    const node: UnrecognizedNode = { type: "unrecognized", position, cells };
    if (reason) node.reason = reason;
    this.closeText();
    if (this.state.yearBlock) this.state.yearBlock.children.push(node);
    else this.appendToSection(node);
    this.grow(position);
  }

  /**
   * A line of running text, as written and trimmed. In a flattened HTML table the ` |` that
   * end its cells are markup, not text: the cells are joined as tab-separated cells are.
   */
  private paragraph(cells: Cell[], position: Span, line: Line): ParagraphNode {
    const text = this.layout === "pipes" ? cells.map((cell) => cell.text).join("\t").trim() : line.text.trim();
    return { type: "paragraph", text, position, cells };
  }


  // ---- titles, unit notes, grids -----------------------------------------

  /** The era and year that resolve a heading in the open sheet. */
  private headingContext(): HeadingContext {
    return { era: this.state.sheetEra ?? this.vocabulary.profile.era, sheetYear: this.state.sheet?.year?.year ?? null };
  }

  /** Remembers the era a heading names, for the era-less headings after it in the sheet. */
  private noteEra(label: string): void {
    if (this.state.sheetEra !== null) return;
    this.state.sheetEra = parseGridHeading(label, null, null)?.era ?? null;
  }

  /** A title line starts a sheet of its kind, with the year it names (LAYOUTS §7). */
  private readTitle(cells: Cell[], position: Span): boolean {
    const first = firstFilled(cells);
    const cell = cells[first];
    if (!cell) return false;
    const title = this.vocabulary.title(cell.text);
    if (!title) return false;
    this.endTokenGrid();
    const sheet = this.openSheet(title.type, copySpan(position));
    if (title.year) {
      sheet.year = title.year;
      this.noteEra(title.year.label);
    }
    const key: SectionKey = title.type === "projectSheet" ? "description" : "position";
    const node: TitleNode = { type: "title", year: title.year, position, cells };
    const section: SectionNode = { type: "section", key, position: copySpan(position), children: [node] };
    sheet.children.push(section);
    this.state.section = section;
    this.state.mode = key;
    this.state.sectionOver = false;
    this.state.sheetFresh = true;
    return true;
  }

  /** A table's unit note alone on its line: the tables after it take its unit. */
  private readUnitNote(cells: Cell[], position: Span): boolean {
    const first = firstFilled(cells);
    const cell = cells[first];
    if (!cell || firstFilled(cells, first + 1) >= 0) return false;
    const unit = this.vocabulary.tableUnit(cell.text);
    if (unit === null) return false;
    this.closeText();
    this.state.unitNote = unit;
    const node: UnitNoteNode = { type: "unitNote", unit, position, cells };
    const grid = this.state.grid?.node ?? this.state.tokenGrid?.node;
    // Between a grid's header and its first row, the note is the grid's own.
    if (grid && !grid.children.some((child) => child.type === "gridRow")) {
      grid.unit = unit;
      grid.children.push(node);
    } else {
      this.closeGrid();
      this.appendToSection(node);
    }
    this.grow(position);
    return true;
  }

  /** A table note belongs to the first grid after it; later grids have their own, or none. */
  private takeUnitNote(): string | null {
    const unit = this.state.unitNote;
    this.state.unitNote = null;
    return unit;
  }

  private gridAllowed(): boolean {
    return this.state.sheet?.type === "projectSheet" && !this.state.sectionOver && GRID_SECTIONS.has(this.state.mode) && this.state.table === null;
  }

  private openGrid(node: GridNode): void {
    this.closeYearBlock();
    this.closeGrid();
    this.appendToSection(node);
  }

  /** A header row of two or more year headings opens a grid; one whose years cannot be known is reported. */
  private readGridHeaderRow(line: Line, cells: Cell[], position: Span): boolean {
    const header = readGridHeader(line, cells, this.layout, this.vocabulary, this.headingContext());
    if (!header) return false;
    if (header.kind === "unresolved") {
      this.unrecognized(cells, position, "yearWithoutEra");
      return true;
    }
    const { shape } = header;
    if (this.state.sheetEra === null) this.state.sheetEra = header.eras[0] ?? null;
    const row: TableRowNode = { type: "tableRow", position, cells };
    const node: GridNode = { type: "grid", columns: shape.columns, unit: shape.unit ?? this.takeUnitNote(), position: copySpan(position), children: [row] };
    this.openGrid(node);
    this.state.grid = { node, shape };
    this.grow(position);
    return true;
  }

  /** A row of the open grid: its phase row, a measure row, or a misfit; false when the grid ends here. */
  private readGridContent(line: Line, cells: Cell[], position: Span): boolean {
    const open = this.state.grid;
    if (!open) return false;
    const { node, shape } = open;
    if (shape.awaitsPhases) {
      shape.awaitsPhases = false;
      const phases = readPhaseRow(line, cells, shape);
      if (phases) {
        shape.columns = phases.columns;
        shape.slots = phases.slots;
        node.columns = phases.columns;
        node.children.push({ type: "tableRow", position, cells });
        this.grow(position);
        return true;
      }
    }
    if (this.vocabulary.tableUnit(cells[firstFilled(cells)]?.text ?? "") !== null) return false;
    const read = readGridRow(line, cells, shape, this.vocabulary);
    if (read.kind === "end") {
      this.closeGrid();
      return false;
    }
    if (read.kind === "misfit") {
      node.children.push({ type: "unrecognized", position, cells });
    } else {
      const row: GridRowNode = { type: "gridRow", label: read.label, measure: read.measure, values: read.values, unit: read.unit, position, cells };
      if (read.stray.length > 0) row.stray = read.stray;
      node.children.push(row);
    }
    this.grow(position);
    return true;
  }

  /** `tokens` layout: year headings one per line, then measures; false when the line is not the grid's. */
  private readTokenGrid(line: Line, cells: Cell[], position: Span): boolean {
    if (this.layout !== "tokens" || this.state.replaying) return false;
    const held: HeldLine = { cells, position, text: line.text.trim() };
    const open = this.state.tokenGrid;
    if (open) {
      const step = open.reader.take(held);
      this.placeTokenRows(open.node, step.rows, step.misfits);
      if (step.kind === "taken") return true;
      this.closeGrid();
      this.replay(step.replay);
      return false;
    }
    if (!this.gridAllowed()) return false;
    // Any era will do to see a heading here: the header resolves its years once it is whole.
    const heading = mayStartYear(held.text) && parseGridHeading(held.text, "reiwa", null) !== null;
    if (heading && firstFilled(cells, firstFilled(cells) + 1) < 0) {
      this.state.tokenHeadings.push(held);
      return true;
    }
    const headings = this.state.tokenHeadings;
    if (headings.length === 0) return false;
    this.state.tokenHeadings = [];
    if (headings.length < 2) {
      this.replay(headings);
      return false;
    }
    const context = this.headingContext();
    const parsed = headings.map((h) => parseGridHeading(h.text, context.era, context.sheetYear));
    if (parsed.some((h) => h === null || h.year === null)) {
      for (const h of headings) this.unrecognized(h.cells, h.position, "yearWithoutEra");
      return false;
    }
    const columns = parsed.flatMap((h, k) => {
      const cell = headings[k]?.cells.find((c) => c.text !== "");
      return h && h.year !== null && cell ? [{ year: { year: h.year, label: h.yearLabel }, phase: h.phase, heading: cell, sub: null }] : [];
    });
    for (const h of parsed) if (h?.era && this.state.sheetEra === null) this.state.sheetEra = h.era;
    const first = headings[0];
    if (!first) return false;
    const node: GridNode = { type: "grid", columns, unit: this.takeUnitNote(), position: copySpan(first.position), children: [] };
    this.openGrid(node);
    this.claimCorner(node, first.position);
    for (const h of headings) {
      node.children.push({ type: "tableRow", position: h.position, cells: h.cells });
      this.grow(h.position);
    }
    const reader = new TokenGrid(columns, this.vocabulary, (text) => endsGrid(this.vocabulary, text));
    this.state.tokenGrid = { node, reader };
    return this.readTokenGrid(line, cells, position);
  }

  /**
   * The corner of a token grid (`区分`) stands alone on the line before its headings and was
   * read as unrecognised: it is the grid's.
   */
  private claimCorner(node: GridNode, before: Span): void {
    const children = this.state.section?.children;
    const last = children?.[children.length - 2];
    if (!children || last?.type !== "unrecognized" || last.position.end.line >= before.start.line) return;
    const text = last.cells.map((cell) => cell.text).join("").trim();
    if (text.length > 8 || this.vocabulary.isAnyLabel(text) || this.vocabulary.marker(text) !== null || parseGridHeading(text, "reiwa", null) !== null) return;
    children.splice(children.length - 2, 1);
    node.children.push({ type: "tableRow", position: last.position, cells: last.cells });
    extend(node.position, last.position);
    node.position.start = last.position.start;
  }

  private placeTokenRows(node: GridNode, rows: GridRowNode[], misfits: HeldLine[]): void {
    for (const row of rows) node.children.push(row);
    for (const misfit of misfits) node.children.push({ type: "unrecognized", position: misfit.position, cells: misfit.cells });
    for (const item of [...rows, ...misfits]) this.grow(item.position);
  }

  /** Reads held lines afresh, in order, outside any token grid. */
  private replay(lines: readonly HeldLine[]): void {
    if (lines.length === 0) return;
    const replaying = this.state.replaying;
    this.state.replaying = true;
    for (const held of lines) {
      const line = this.lineOf(held);
      this.readContent(line, held.cells, held.position);
    }
    this.state.replaying = replaying;
  }

  /** A Line for a held line's cells (its first line, its text as the cells joined). */
  private lineOf(held: HeldLine): Line {
    const start = held.position.start;
    return { number: start.line, offset: start.offset - (start.column - 1), text: " ".repeat(start.column - 1) + held.text, ending: "" };
  }

  /** Ends the token grid at a marker, a title or the end of the input: its waiting measure is decided. */
  private endTokenGrid(): void {
    const open = this.state.tokenGrid;
    const headings = this.state.tokenHeadings;
    this.state.tokenHeadings = [];
    if (open) {
      const flushed = open.reader.flush();
      this.placeTokenRows(open.node, flushed.rows, flushed.misfits);
      this.closeGrid();
      this.replay(flushed.replay);
    }
    this.replay(headings);
  }

  /**
   * A single year's value: a label that names its year (`令和4年度決算額`), or, in a sheet
   * whose title names its year, a year-block label with no year of its own (`予 算 額`).
   */
  private readSheetYearRow(line: Line, cells: Cell[], position: Span): boolean {
    if (this.state.sheet?.type !== "projectSheet" || !GRID_SECTIONS.has(this.state.mode) || this.state.table) return false;
    const first = firstFilled(cells);
    const cell = cells[first];
    if (!cell) return false;
    const prefixed = mayStartYear(cell.text) ? matchFiscalYearPrefix(cell.text) : null;
    if (prefixed && prefixed.end < cell.text.length) {
      const key = this.vocabulary.label("yearBlock", cell.text.slice(prefixed.end)) ?? this.yearKeyOfMeasure(cell.text.slice(prefixed.end));
      if (key === null) return false;
      const valueIndex = firstFilled(cells, first + 1);
      const entry: FieldEntry = { context: "yearBlock", key, label: cell, value: valueIndex >= 0 ? (cells[valueIndex] ?? null) : null };
      const unit = this.vocabulary.unitNote(cell.text) ?? (MONEY_KEYS.has(key) ? this.state.unitNote : null);
      if (unit !== null) entry.unit = unit;
      const field: FieldNode = { type: "field", entries: [entry], year: { year: prefixed.year, label: prefixed.label }, position, cells };
      const stray = cells.filter((c, k) => c.text !== "" && k !== first && k !== valueIndex);
      if (stray.length > 0) field.stray = stray;
      this.openSingleYear(field, { year: prefixed.year, label: prefixed.label }, position);
      return true;
    }
    const sheetYear = this.state.sheet.year;
    if (!sheetYear || this.state.yearBlock) return false;
    const field = this.fieldRow(line, cells, position, ["yearBlock"]);
    // Only an amount or an outcome opens the sheet's year: extras and texts are the sheet's own.
    // Its value must stand in its own row: a label alone (one token per line) may be a grid's
    // measure whose values went astray, and the next line is no value of the sheet's year.
    const opener = field?.entries[0];
    if (!field || opener?.context !== "yearBlock" || !QUANTITY_KEYS.has(opener.key) || (opener.value?.text ?? "") === "") return false;
    const unit = this.state.unitNote;
    if (unit !== null) for (const entry of field.entries) if (MONEY_KEYS.has(entry.key)) entry.unit ??= unit;
    this.openSingleYear(field, sheetYear, position);
    return true;
  }

  /** The key a measure word gives a single year's value: only a measure whose key does not hang on a column's phase. */
  private yearKeyOfMeasure(text: string): string | null {
    const measure = this.vocabulary.measure(text);
    return measure === null || measure === "cost" ? null : measure;
  }

  private openSingleYear(field: FieldNode, year: { year: number; label: string }, position: Span): void {
    this.closeYearBlock();
    this.closeGrid();
    const block: YearBlockNode = { type: "yearBlock", year, single: true, position: copySpan(position), children: [] };
    this.appendToSection(block);
    this.state.yearBlock = block;
    this.placeField(field);
  }

  // ---- content ------------------------------------------------------------

  /**
   * A 事業名 row where no 事業 sheet is open (before any marker, or after a 施策 sheet's
   * free text) starts a 事業 sheet whose 事業の説明 heading was lost in extraction.
   */
  private startsHeadlessProject(line: Line, cells: Cell[]): boolean {
    const mode = this.state.mode;
    const outsideProject = mode === "top" || mode === "achievementStatus" || mode === "opinions" || this.state.sectionOver;
    // In a 事業 sheet's later sections, a 事業名 row after the sheet's own name starts the next
    // 事業 sheet (its heading lost), rather than giving this one a second name.
    const nextProject = !outsideProject && mode !== "description" && this.state.sheet?.type === "projectSheet" && this.sheetHasName();
    if (!outsideProject && !nextProject) return false;
    // `事業名 環境保全事業` on single spaces is a label and its value, as in a cell of its own.
    const entries = readFieldRow(line, cells, this.vocabulary, ["description"], 0, true);
    if (entries?.[0]?.key !== "name") return false;
    this.openSheet("projectSheet", copySpan(lineContentSpan(line)));
    const section: SectionNode = { type: "section", key: "description", position: copySpan(lineContentSpan(line)), children: [] };
    this.state.sheet?.children.push(section);
    this.state.section = section;
    this.state.mode = "description";
    this.state.sectionOver = false;
    return true;
  }

  /** Whether the open sheet has read its 事業名 already. */
  private sheetHasName(): boolean {
    for (const section of this.state.sheet?.children ?? []) {
      if (section.key !== "description") continue;
      for (const child of section.children) {
        const fields = child.type === "field" ? [child] : child.type === "textBlock" ? child.children.filter((item): item is FieldNode => item.type === "field") : [];
        if (fields.some((field) => field.entries.some((entry) => entry.context === "description" && entry.key === "name"))) return true;
      }
    }
    return false;
  }

  private readContent(line: Line, cells: Cell[], position: Span): void {
    if (this.readTitle(cells, position)) return;
    if (this.readTokenGrid(line, cells, position)) return;
    if (this.readGridContent(line, cells, position)) return;
    if (this.readUnitNote(cells, position)) return;
    if (this.startsHeadlessProject(line, cells)) {
      this.readFields(line, cells, position, ["description"]);
      return;
    }
    if (this.state.text && !this.textTakes(cells)) this.closeText();
    const mode = this.state.mode;
    if (this.state.sectionOver) {
      this.unrecognized(cells, position);
      return;
    }
    if (this.gridAllowed() && this.readGridHeaderRow(line, cells, position)) return;
    if (this.readSheetYearRow(line, cells, position)) return;
    switch (mode) {
      case "top":
        this.unrecognized(cells, position);
        return;
      case "position":
        this.readFields(line, cells, position, ["position"]);
        return;
      case "description":
        this.readFields(line, cells, position, ["description"]);
        return;
      case "mainProjects":
      case "targets":
        if (!this.readTableRow(mode, cells, position)) {
          // The table ended at a row that does not fit it: that row is read afresh.
          this.closeTable();
          this.state.sectionOver = true;
          this.readContent(line, cells, position);
        }
        return;
      case "opinions":
        this.readOpinion(line, cells, position);
        return;
      case "achievementStatus":
        this.appendText("achievementStatus", this.paragraph(cells, position, line));
        return;
      case "do":
      case "check":
      case "action":
      case "indicator":
      case "plan":
        this.readProjectSection(mode, line, cells, position);
        return;
    }
  }

  /** Reads a field row, keeping the cells no label claims on the node. */
  private fieldRow(line: Line, cells: Cell[], position: Span, contexts: readonly LabelContext[], from = 0): FieldNode | null {
    const stray: Cell[] = [];
    const entries = readFieldRow(line, cells, this.vocabulary, contexts, from, this.inlineAllowed(), stray);
    if (!entries) return null;
    const node: FieldNode = { type: "field", entries, year: null, position, cells };
    if (stray.length > 0) node.stray = stray;
    return node;
  }

  /** A row of labelled fields; unlabelled lines continue an open text, else are unrecognised. */
  private readFields(line: Line, cells: Cell[], position: Span, contexts: readonly LabelContext[]): boolean {
    const field = this.fieldRow(line, cells, position, contexts);
    if (!field) {
      if (this.state.text) this.appendText(this.state.text.key, this.paragraph(cells, position, line));
      else this.unrecognized(cells, position);
      return false;
    }
    this.closeText();
    this.placeField(field);
    return true;
  }

  /** Puts a field in the open year block or section, wrapping it in a text block when its text may continue. */
  private placeField(field: FieldNode): void {
    const last = field.entries[field.entries.length - 1];
    let node: FieldNode | TextBlockNode = field;
    const isText = last !== undefined && PROSE_KEYS.has(last.key) && last.context !== "extras";
    // An amount's value stands in its own row in the reference's tabs; a PDF's or an HTML
    // table's text may put it on the next line (`予算額` ⏎ `9,409,000円`).
    const nextLineValue = last !== undefined && (!QUANTITY_KEYS.has(last.key) || (this.layout !== "tab" && last.key !== "futureTargets"));
    const awaitsValue = last !== undefined && !isText && nextLineValue && (last.value?.text ?? "") === "";
    if (last && (isText || awaitsValue)) {
      const block: TextBlockNode = { type: "textBlock", key: last.key, position: copySpan(field.position), children: [field] };
      node = block;
    }
    if (this.state.yearBlock) this.state.yearBlock.children.push(node);
    else this.appendToSection(node);
    this.grow(field.position);
    if (node.type === "textBlock") {
      this.state.text = node;
      this.state.textHasContent = (last?.value?.text ?? "") !== "";
      this.state.textLimit = isText ? Number.POSITIVE_INFINITY : 1;
    }
  }

  /** Appends a paragraph line to the open text block of `key`, opening one in the section if needed. */
  private appendText(key: string, node: ParagraphNode): void {
    let text = this.state.text;
    if (!text || text.key !== key) {
      this.closeText();
      text = { type: "textBlock", key, position: copySpan(node.position), children: [] };
      if (this.state.yearBlock) this.state.yearBlock.children.push(text);
      else this.appendToSection(text);
      this.state.text = text;
    }
    text.children.push(node);
    this.state.textHasContent = true;
    this.grow(node.position);
    if (this.state.textLimit === 1) this.closeText();
  }

  /** Adds a row to the section's table; false when the row does not fit it. */
  private readTableRow(key: "mainProjects" | "targets", cells: Cell[], position: Span): boolean {
    if (!fitsTable(this.vocabulary, key, cells)) return false;
    let table = this.state.table;
    if (!table) {
      table = { type: "table", key, position: copySpan(position), children: [] };
      this.appendToSection(table);
      this.state.table = table;
    }
    const row: TableRowNode = { type: "tableRow", position, cells };
    table.children.push(row);
    this.grow(position);
    return true;
  }

  private readOpinion(line: Line, cells: Cell[], position: Span): void {
    const first = firstFilled(cells);
    const source = first >= 0 ? this.vocabulary.opinionSource(cells[first]?.text ?? "") : null;
    const node = this.paragraph(cells, position, line);
    // A source line starts an opinion; its text may follow in the same row.
    if (source !== null) {
      this.closeText();
      const block: TextBlockNode = { type: "textBlock", key: "opinion", source, position: copySpan(position), children: [node] };
      this.appendToSection(block);
      this.state.text = block;
      this.state.textHasContent = false;
      this.grow(position);
      return;
    }
    this.appendText("opinion", node);
  }

  private readProjectSection(mode: SectionKey, line: Line, cells: Cell[], position: Span): void {
    if (this.readYearRow(line, cells, position)) return;
    if (this.state.table?.key === "futureTargets" && this.readFutureTargetRow(line, cells, position)) return;
    const sectionContext = SECTION_CONTEXTS[mode];
    const field = sectionContext ? this.fieldRow(line, cells, position, [sectionContext]) : null;
    if (field) {
      this.closeYearBlock();
      if (field.entries.some((entry) => entry.key === "futureTargets")) {
        const table: TableNode = { type: "table", key: "futureTargets", position: copySpan(position), children: [field] };
        this.appendToSection(table);
        this.state.table = table;
        this.state.tableStage = "years";
        this.grow(position);
        return;
      }
      this.placeField(field);
      return;
    }
    if (this.state.yearBlock) {
      const yearField = this.fieldRow(line, cells, position, ["yearBlock"]);
      if (yearField) {
        this.closeText();
        this.placeField(yearField);
        return;
      }
    }
    if (this.state.text) {
      this.appendText(this.state.text.key, this.paragraph(cells, position, line));
      return;
    }
    if (mode === "indicator" && this.awaitsIndicatorName() && looksLikeValue(this.vocabulary, cells)) {
      // The name is this one line; the lines after it are read afresh.
      this.closeText();
      this.state.textLimit = 1;
      this.appendText("indicatorName", this.paragraph(cells, position, line));
      return;
    }
    this.unrecognized(cells, position);
  }

  /**
   * The name of 成果指標 stands on its marker's row, or alone on the very next content line:
   * later lines are not its name (a line after a year row would be read into that year).
   */
  private awaitsIndicatorName(): boolean {
    const section = this.state.section;
    if (!section || this.state.yearBlock) return false;
    const [marker, ...rest] = section.children;
    if (marker?.type !== "marker" || firstFilled(marker.cells, 1) >= 0) return false;
    return rest.every((child) => child.type === "rule" || child.type === "artifact");
  }

  /** `令和3年度 ⇥ 予算額 ⇥ —` opens a year block. */
  private readYearRow(line: Line, cells: Cell[], position: Span): boolean {
    const first = firstFilled(cells);
    const yearCell = first >= 0 ? cells[first] : undefined;
    if (!yearCell) return false;
    const year = parseFiscalYear(yearCell.text);
    if (!year) return false;
    const field = this.fieldRow(line, cells, position, ["yearBlock"], first + 1);
    const opener = field?.entries[0];
    if (!field || !opener || (opener.key !== "budget" && opener.key !== "settlement")) return false;
    this.closeYearBlock();
    this.closeGrid();
    this.noteEra(year.label);
    field.year = { year: year.year, label: year.label };
    const block: YearBlockNode = { type: "yearBlock", year: field.year ?? { year: year.year, label: year.label }, position: copySpan(position), children: [field] };
    this.appendToSection(block);
    this.state.yearBlock = block;
    this.grow(position);
    return true;
  }

  /** The years row, then the values row, of a 今後の成果目標 table. */
  private readFutureTargetRow(line: Line, cells: Cell[], position: Span): boolean {
    const table = this.state.table;
    if (!table) return false;
    if (this.state.tableStage === "years") {
      if (!cells.some((cell) => parseFiscalYear(cell.text) !== null)) {
        this.closeTable();
        return false;
      }
      this.state.tableStage = "values";
    } else if (this.state.tableStage === "values") {
      if (readFieldRow(line, cells, this.vocabulary, ["yearBlock", "plan"])) {
        this.closeTable();
        return false;
      }
      table.children.push({ type: "tableRow", position, cells });
      this.grow(position);
      this.closeTable();
      return true;
    } else {
      return false;
    }
    table.children.push({ type: "tableRow", position, cells });
    this.grow(position);
    return true;
  }

}
