/** Syntax tree → Document (without diagnostics, which the checker adds). */
import type { LeafNode, SheetNode, Span, SyntaxNode } from "../syntax/ast.js";
import type { TopLevelNode } from "../syntax/parser.js";
import type { Vocabulary } from "../syntax/vocabulary.js";
import type { LineTable } from "../source/lines.js";
import { buildPolicy } from "./build-policy.js";
import { buildProject } from "./build-project.js";
import { createBuildContext, type BuildContext, type DuplicateField, type UnclaimedCell } from "./build-context.js";
import { policyKeyOf, policyLinks, projectKeyOf } from "./link-policies.js";
import { Locations } from "./locations.js";
import type { PolicySheet, ProjectSheet, Quantity, UnrecognizedLine } from "./schema.js";

export interface ModelParts {
  policies: PolicySheet[];
  projects: ProjectSheet[];
  unrecognized: UnrecognizedLine[];
  locations: Locations;
  duplicates: DuplicateField[];
  /** Quantities whose cell is neither a number, a not-applicable mark, nor blank. */
  invalidQuantities: ReadonlySet<Quantity>;
  /** Filled cells of table and marker rows that no column or label claims, and fields' second values. */
  unclaimed: readonly UnclaimedCell[];
  /** Each 事業 sheet's `policyIndex`, in source order: also there when the sheets were not kept. */
  links: readonly (number | null)[];
}

/** Every leaf of a subtree, in source order (iterative: the tree of a big file is wide). */
export function leavesOf(node: SyntaxNode): LeafNode[] {
  const leaves: LeafNode[] = [];
  const stack: SyntaxNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current) break;
    if ("children" in current) {
      for (let i = current.children.length - 1; i >= 0; i--) {
        const child = current.children[i];
        if (child) stack.push(child);
      }
    } else {
      leaves.push(current);
    }
  }
  return leaves;
}

/** What a file's leaves add up to: what `no-sheet` and the choice of a profile weigh. */
export interface LeafTally {
  /** Leaves that are not layout (rules, page artifacts): content lines read or not. */
  content: number;
  unrecognized: number;
  /** Where the first unrecognised line stands. */
  firstUnrecognized: Span | null;
  /** Second values of fields (`stray` cells). */
  strayFieldCells: number;
  /** Whether any 施策 or 事業 sheet was read. */
  hasSheet: boolean;
}

/**
 * A sheet of the model with the tree node it was built from, and the year fields given
 * twice within it (what `year-sequence` reports; found while the sheet is built).
 */
export type SheetEntry = ({ kind: "policy"; policy: PolicySheet } | { kind: "project"; project: ProjectSheet }) & { node: SheetNode; duplicates: readonly DuplicateField[] };

/**
 * Builds the model one top-level node at a time, in source order, so that each sheet's
 * tree can be dropped once it is built and checked. Links between sheets wait for `finish`,
 * and need only each sheet's 施策 name: without `keepSheets`, a sheet is let go of once its
 * consumer has had it (`release`), and what stays per sheet until the end is a name and a
 * number (issue 13).
 */
export class ModelBuilder {
  /** Where the model's values stand, filled as each sheet is built. */
  readonly locations = new Locations();
  private readonly context: BuildContext;
  private readonly keepSheets: boolean;
  private readonly policies: PolicySheet[] = [];
  private readonly projects: ProjectSheet[] = [];
  private readonly unrecognized: UnrecognizedLine[] = [];
  // A 事業 may belong to a 施策 sheet further down the file, so links wait until every sheet is built.
  private readonly policyKeys: string[] = [];
  private readonly projectKeys: (string | null)[] = [];
  private readonly policiesBefore: number[] = [];
  readonly tally: LeafTally = { content: 0, unrecognized: 0, firstUnrecognized: null, strayFieldCells: 0, hasSheet: false };

  constructor(private readonly lines: LineTable, vocabulary: Vocabulary, options: { keepSheets?: boolean } = {}) {
    this.context = createBuildContext(vocabulary, this.locations);
    this.keepSheets = options.keepSheets ?? true;
  }

  /** Quantities whose cell is neither a number, a not-applicable mark, nor blank, so far. */
  get invalidQuantities(): ReadonlySet<Quantity> {
    return this.context.invalidQuantities;
  }

  /** Adds a child of the root; a sheet becomes a model sheet, which is returned with its node. */
  add(node: TopLevelNode, leaves: readonly LeafNode[] = leavesOf(node)): SheetEntry | null {
    for (const leaf of leaves) {
      if (leaf.type === "rule" || leaf.type === "artifact") continue;
      this.tally.content++;
      if (leaf.type === "field") this.tally.strayFieldCells += leaf.stray?.length ?? 0;
      if (leaf.type !== "unrecognized") continue;
      this.tally.unrecognized++;
      this.tally.firstUnrecognized ??= leaf.position;
      const line = this.lines.at(leaf.position.start.line - 1);
      this.unrecognized.push({ line: leaf.position.start.line, text: (line?.text ?? "").trim() });
    }
    const found = this.context.duplicates.length;
    if (node.type === "policySheet") {
      this.tally.hasSheet = true;
      const policy = buildPolicy(node, this.context);
      if (this.keepSheets) this.policies.push(policy);
      this.policyKeys.push(policyKeyOf(policy));
      return { kind: "policy", policy, node, duplicates: this.context.duplicates.slice(found) };
    }
    if (node.type === "projectSheet") {
      this.tally.hasSheet = true;
      const project = buildProject(node, this.context);
      if (this.keepSheets) this.projects.push(project);
      this.projectKeys.push(projectKeyOf(project));
      this.policiesBefore.push(this.policyKeys.length);
      return { kind: "project", project, node, duplicates: this.context.duplicates.slice(found) };
    }
    return null;
  }

  /**
   * Without `keepSheets`: forgets where the last sheet's values stand and which of its
   * quantities were invalid, once its rules and its consumer are done with it, so that
   * nothing keeps the sheet alive. With `keepSheets` the model keeps them: nothing to do.
   */
  release(): void {
    if (this.keepSheets) return;
    this.locations.clear();
    this.context.invalidQuantities.clear();
  }

  /** The model of the whole file, its 事業 linked to their 施策 sheets (the kept ones by `policyIndex`). */
  finish(): ModelParts {
    const links = policyLinks(this.policyKeys, this.projectKeys, this.policiesBefore);
    this.projects.forEach((project, index) => {
      project.policyIndex = links[index] ?? null;
    });
    const { locations, context } = this;
    return { policies: this.policies, projects: this.projects, unrecognized: this.unrecognized, locations, duplicates: context.duplicates, invalidQuantities: context.invalidQuantities, unclaimed: context.unclaimed, links };
  }
}
