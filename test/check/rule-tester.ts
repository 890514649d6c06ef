/**
 * A rule tester in the manner of ESLint's: valid and invalid tables per rule, asserting
 * ruleId, messageId, line and column (never message wording). Sheets are edits of one
 * complete, valid sheet file of a fictional city (fixtures/check/valid.txt).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check } from "../../src/index.js";
import { ruleRegistry } from "../../src/check/registry.js";
import type { RuleId } from "../../src/check/rule-ids.js";
import type { Diagnostic } from "../../src/model/schema.js";

/** A 施策 sheet and two 事業 sheets with no problem any rule reports. */
export const VALID_SHEET = readFileSync(new URL("../../fixtures/check/valid.txt", import.meta.url), "utf8");

/** Replaces each `from` with `to`; each `from` must occur exactly once, so an edit cannot silently miss. */
export function edit(text: string, ...pairs: readonly (readonly [string, string])[]): string {
  let out = text;
  for (const [from, to] of pairs) {
    const first = out.indexOf(from);
    if (first < 0 || out.indexOf(from, first + 1) >= 0) throw new Error(`edit: ${JSON.stringify(from)} must occur exactly once`);
    out = out.slice(0, first) + to + out.slice(first + from.length);
  }
  return out;
}

export interface Expected {
  messageId: string;
  line: number;
  column: number;
}

export interface ValidCase {
  name: string;
  text: string;
}

export interface InvalidCase extends ValidCase {
  errors: Expected[];
}

/** The diagnostics one rule gives on a text, with every rule at its default severity. */
export function diagnosticsOf(ruleId: RuleId, text: string): Diagnostic[] {
  return check(text).filter((d) => d.ruleId === ruleId);
}

/** Runs a rule's tables. */
export function testRule(ruleId: RuleId, tables: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rule = ruleRegistry[ruleId];
  describe(`rule ${ruleId}`, () => {
    it.each(tables.valid)("valid: $name", ({ text }) => {
      expect(diagnosticsOf(ruleId, text)).toEqual([]);
    });
    it.each(tables.invalid)("invalid: $name", ({ text, errors }) => {
      const found = diagnosticsOf(ruleId, text);
      expect(found.map(({ messageId, line, column }) => ({ messageId, line, column }))).toEqual(errors);
      for (const d of found) {
        expect(d.severity).toBe(rule.defaultSeverity);
        expect((rule.messageIds as readonly string[]).includes(d.messageId)).toBe(true);
        expect(d.message).not.toBe("");
      }
    });
  });
}
