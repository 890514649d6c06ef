/**
 * JUnit XML for CI test dashboards: one testsuite per file, one testcase per rule. Errors
 * and warnings fail their rule's testcase; infos, which never fail a check, go to its
 * system-out; a rule switched off is skipped; an unreadable file is an `error` testcase.
 */
import type { Diagnostic } from "../../model/schema.js";
import { FATAL_RULE } from "../fatal-rule.js";
import type { FileReport, Reporter, RuleInfo } from "../types.js";
import { STDIN_NAME } from "../types.js";
import { escapeXml, escapeXmlAttribute } from "../xml.js";
import { placeSuffix } from "../place.js";
import { cliMessages, type CliMessages } from "../../messages/cli.js";

function describe(d: Diagnostic, say: CliMessages): string {
  return `${d.line}:${d.column}${placeSuffix(d)} ${say.severity[d.severity]} ${d.message}`;
}

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
}

function testcase(name: string, rule: RuleInfo, diagnostics: readonly Diagnostic[], say: CliMessages): { xml: string; failed: boolean; errored: boolean } {
  const open = `    <testcase classname="${escapeXmlAttribute(name)}" name="${escapeXmlAttribute(rule.id)}"`;
  if (rule.setting === "off") return { xml: `${open}>\n      <skipped/>\n    </testcase>`, failed: false, errored: false };
  if (diagnostics.length === 0) return { xml: `${open}/>`, failed: false, errored: false };
  const problems = diagnostics.filter((d) => d.severity !== "info");
  const infos = diagnostics.filter((d) => d.severity === "info");
  const parts: string[] = [];
  const errored = rule.id === FATAL_RULE.id;
  if (problems.length > 0) {
    const element = errored ? "error" : "failure";
    const type = problems.some((d) => d.severity === "error") ? "error" : "warning";
    const first = problems[0];
    const message = problems.length === 1 && first ? first.message : say.problemCount(problems.length);
    parts.push(`      <${element} message="${escapeXmlAttribute(message)}" type="${type}">${escapeXml(problems.map((d) => describe(d, say)).join("\n"))}</${element}>`);
  }
  if (infos.length > 0) parts.push(`      <system-out>${escapeXml(infos.map((d) => describe(d, say)).join("\n"))}</system-out>`);
  return { xml: `${open}>\n${parts.join("\n")}\n    </testcase>`, failed: problems.length > 0 && !errored, errored: problems.length > 0 && errored };
}

function suite(file: FileReport, rules: readonly RuleInfo[], say: CliMessages): Suite {
  const name = file.filePath ?? STDIN_NAME;
  // JUnit is not written in pieces: one file's diagnostics are held while its suite is made.
  const diagnostics = [...file.diagnostics];
  const hasFatal = diagnostics.some((d) => d.ruleId === FATAL_RULE.id);
  // An unreadable file ran no rules: its only testcase is the fatal one.
  const cases = hasFatal ? [FATAL_RULE] : rules;
  const results = cases.map((rule) => testcase(name, rule, diagnostics.filter((d) => d.ruleId === rule.id), say));
  const failures = results.filter((r) => r.failed).length;
  const errors = results.filter((r) => r.errored).length;
  const skipped = cases.filter((rule) => rule.setting === "off").length;
  const header = `  <testsuite name="${escapeXmlAttribute(name)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="${skipped}">`;
  return { xml: `${header}\n${results.map((r) => r.xml).join("\n")}\n  </testsuite>`, tests: cases.length, failures, errors };
}

export const junit: Reporter = ({ files, rules, tool, lang = "en" }) => {
  const suites = files.map((file) => suite(file, rules, cliMessages[lang]));
  const sum = (key: "tests" | "failures" | "errors"): number => suites.reduce((total, s) => total + s[key], 0);
  const body = suites.map((s) => `${s.xml}\n`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${escapeXmlAttribute(tool.name)}" tests="${sum("tests")}" failures="${sum("failures")}" errors="${sum("errors")}">\n${body}</testsuites>\n`;
};
