/** Syntax tree → Document (without diagnostics, which the checker adds). */
import type { LeafNode, RootNode, SyntaxNode } from "../syntax/ast.js";
import type { Vocabulary } from "../syntax/vocabulary.js";
import type { LineTable } from "../source/lines.js";
import { buildPolicy } from "./build-policy.js";
import { buildProject } from "./build-project.js";
import { createBuildContext, type DuplicateField, type UnclaimedCell } from "./build-context.js";
import { linkPolicies } from "./link-policies.js";
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

export function buildModel(tree: RootNode, lines: LineTable, vocabulary: Vocabulary): ModelParts {
  const locations = new Locations();
  const context = createBuildContext(vocabulary, locations);
  const policies: PolicySheet[] = [];
  const projects: ProjectSheet[] = [];
  // A 事業 may belong to a 施策 sheet further down the file, so links wait until every sheet is built.
  const policiesBefore: number[] = [];
  for (const child of tree.children) {
    if (child.type === "policySheet") {
      policies.push(buildPolicy(child, context));
    } else if (child.type === "projectSheet") {
      projects.push(buildProject(child, context));
      policiesBefore.push(policies.length);
    }
  }
  linkPolicies(policies, projects, policiesBefore);
  const unrecognized: UnrecognizedLine[] = [];
  for (const leaf of leavesOf(tree)) {
    if (leaf.type !== "unrecognized") continue;
    const line = lines.at(leaf.position.start.line - 1);
    unrecognized.push({ line: leaf.position.start.line, text: (line?.text ?? "").trim() });
  }
  return { policies, projects, unrecognized, locations, duplicates: context.duplicates, invalidQuantities: context.invalidQuantities, unclaimed: context.unclaimed };
}
