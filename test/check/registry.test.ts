/** The rule registry is complete and consistent, and the README's rule table is the registry's. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleRegistry, rules } from "../../src/check/registry.js";
import { RULE_IDS } from "../../src/check/rule-ids.js";
import { check } from "../../src/index.js";
import { repoRoot } from "../helpers/fixtures.js";
import { runCli } from "../cli/helpers.js";
import { VALID_SHEET } from "./rule-tester.js";

const LOWER_CAMEL = /^[a-z][a-zA-Z0-9]*$/;

/** The README's check section, between its markers. */
function checkSection(): string {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const start = readme.indexOf("<!-- check:start -->");
  const end = readme.indexOf("<!-- check:end -->");
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return readme.slice(start, end);
}

describe("rule registry", () => {
  it("has every rule of SPEC §5, each under its own id, in the spec's order", () => {
    expect(Object.keys(ruleRegistry)).toEqual([...RULE_IDS]);
    for (const [id, rule] of Object.entries(ruleRegistry)) expect(rule.id).toBe(id);
    expect(rules.map((rule) => rule.id)).toEqual([...RULE_IDS]);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))("%s: lowerCamel message ids and a description", (_id, rule) => {
    expect(rule.messageIds.length).toBeGreaterThan(0);
    for (const messageId of rule.messageIds) expect(messageId).toMatch(LOWER_CAMEL);
    expect(rule.description).toMatch(/\.$/);
  });

  it("finds nothing in the valid sheet", () => {
    expect(check(VALID_SHEET)).toEqual([]);
  });

  it("switches rules off and changes their severity", () => {
    const text = VALID_SHEET.replace("方針\tオンライン講座を加え，参加しやすい形を広げる。", "方針\t");
    expect(check(text).map((d) => [d.ruleId, d.severity])).toEqual([["required-field", "warning"]]);
    expect(check(text, { rules: new Map([["required-field", "error"]]) }).map((d) => d.severity)).toEqual(["error"]);
    expect(check(text, { rules: new Map([["required-field", "off"]]) })).toEqual([]);
  });
});

describe("README: Checking sheets in CI", () => {
  it("has the rule table of the registry (id, default severity, description)", () => {
    const rows = checkSection()
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) => line.split(" | ").map((cell) => cell.replace(/^\| /, "").replace(/ \|$/, "")));
    const ruleRows = rows.filter(([id]) => RULE_IDS.some((ruleId) => id === `\`${ruleId}\``));
    expect(ruleRows).toEqual(rules.map((rule) => [`\`${rule.id}\``, rule.defaultSeverity, rule.description]));
  });

  it("shows command output that the command really prints", async () => {
    const blocks = checkSection().split("```text\n").slice(1).map((block) => block.slice(0, block.indexOf("```")));
    const transcripts = blocks.filter((block) => block.startsWith("$ ./bin/sheetparse check "));
    expect(transcripts.length).toBeGreaterThanOrEqual(2);
    for (const block of transcripts) {
      const [command = "", ...output] = block.split("\n");
      const args = command.slice("$ ./bin/sheetparse ".length).split(" ");
      expect((await runCli(args)).stdout).toBe(output.join("\n"));
    }
  });
});
