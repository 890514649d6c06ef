/**
 * The schema check of a Document whose sheets are checked one at a time, as each is
 * written and let go of (issue 13), with the same verdict and the same message as
 * `validateDocument` on the whole Document: the first problem in the order zod reads the
 * Document, and how many there are in all.
 */
import type { z } from "zod";
import { diagnosticSchema, documentSchema, policySheetSchema, projectSheetSchema, type Diagnostic, type Document, type PolicySheet, type ProjectSheet } from "./schema.js";
import { quickCheckOf, type QuickCheck } from "./quick-check.js";
import { fatalInPlaceOf, soundSource, validateDocument, violationOf, type SchemaIssue, type ValidatedDocument } from "./validate-document.js";

/** The Document's lists checked item by item: its sheets, and its diagnostics when they are made one at a time. */
type SheetKey = "policies" | "projects" | "diagnostics";

interface SheetSchema {
  schema: z.ZodType;
  accepts: QuickCheck;
}

let derived: Record<SheetKey, SheetSchema> | undefined;

/** Each sheet schema with its predicate, derived once (as validate-document.ts does for the Document's). */
function sheetSchemas(): Record<SheetKey, SheetSchema> {
  derived ??= {
    policies: { schema: policySheetSchema, accepts: quickCheckOf(policySheetSchema) ?? (() => false) },
    projects: { schema: projectSheetSchema, accepts: quickCheckOf(projectSheetSchema) ?? (() => false) },
    diagnostics: { schema: diagnosticSchema, accepts: quickCheckOf(diagnosticSchema) ?? (() => false) },
  };
  return derived;
}

/** The keys zod reads before a Document's sheets; the others come after them. */
const BEFORE_SHEETS: ReadonlySet<PropertyKey> = new Set(["schemaVersion", "source"]);

export class SheetwiseValidation {
  private readonly seen: Record<SheetKey, number> = { policies: 0, projects: 0, diagnostics: 0 };
  /** Only the first problem of each list and the count are kept: a bug may break every sheet. */
  private readonly first: Record<SheetKey, SchemaIssue | undefined> = { policies: undefined, projects: undefined, diagnostics: undefined };
  private readonly counts: Record<SheetKey, number> = { policies: 0, projects: 0, diagnostics: 0 };

  /** The next 施策 sheet of the Document, as it will be emitted. */
  policy(sheet: PolicySheet): void {
    this.check("policies", sheet);
  }

  /** The next 事業 sheet of the Document, as it will be emitted. */
  project(sheet: ProjectSheet): void {
    this.check("projects", sheet);
  }

  /**
   * The next diagnostic of the Document, when they are made one at a time as they are
   * written (after every sheet: diagnostics are the Document's last key, checked last).
   */
  diagnostic(diagnostic: Diagnostic): void {
    this.check("diagnostics", diagnostic);
  }

  private check(key: SheetKey, sheet: unknown): void {
    const index = this.seen[key]++;
    const { schema, accepts } = sheetSchemas()[key];
    if (accepts(sheet)) return;
    const result = schema.safeParse(sheet);
    if (result.success) return;
    this.counts[key] += result.error.issues.length;
    const issue = result.error.issues[0];
    if (this.first[key] === undefined && issue) this.first[key] = { path: [key, index, ...issue.path], message: issue.message };
  }

  /**
   * The verdict on the Document: `rest` is the Document without the lists checked here (its
   * sheet lists empty, and its diagnostics when they were checked here).
   */
  finish(rest: Document): ValidatedDocument {
    const itemIssues = this.counts.policies + this.counts.projects + this.counts.diagnostics;
    if (itemIssues === 0) return validateDocument(rest);
    const result = documentSchema.safeParse(rest);
    const restIssues = result.success ? [] : result.error.issues;
    const before = restIssues.filter((issue) => BEFORE_SHEETS.has(issue.path[0] ?? ""));
    const after = restIssues.filter((issue) => !BEFORE_SHEETS.has(issue.path[0] ?? ""));
    // zod's order: the keys before the sheets, the sheets, the rest (unrecognized), the diagnostics last.
    const first = before[0] ?? this.first.policies ?? this.first.projects ?? after[0] ?? this.first.diagnostics;
    const violation = violationOf(first, restIssues.length + itemIssues, soundSource(rest)?.path ?? null);
    return { document: fatalInPlaceOf(rest, violation), fatal: true };
  }
}
