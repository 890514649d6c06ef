/**
 * The `--help` pages' texts: every description commander shows and the text after each page.
 * Both languages fill the same shape, so a text added to one is missing from the other only
 * as a type error.
 */
import { helpEn } from "./help-en.js";
import { helpJa } from "./help-ja.js";
import type { Lang } from "./types.js";

/** commander's own words on a help page, where the language is not commander's English. */
export interface HelpWords {
  /** Section titles by commander's English title (`Usage:`, `Options:` …). */
  titles: Readonly<Record<string, string>>;
  /** The parenthesis after a description: `choices` quoted and joined, `defaultValue` as commander shows it. */
  extra(choices: string | null, defaultValue: string | null): string;
}

export interface HelpTexts {
  /** null: commander's English as it is (the English pages stay byte for byte what they were). */
  commander: HelpWords | null;
  helpOption: string;
  versionOption: string;
  /** The `[inputs...]` operand. */
  inputs: string;
  // Options common to the commands that read sheets.
  encoding: string;
  profile: string;
  lang: string;
  /** `--jobs N`, for the commands that read batches (parse, check, report). */
  jobs: string;
  program: {
    description: string;
    format: string;
    table: string;
    output: string;
    positions: string;
    strict: string;
    bom: string;
    outputEncoding: string;
    rawCells: string;
    noColor: string;
    after: string;
  };
  ast: { description: string; file: string };
  /** `sheetparse text` (issue 12): the rows a PDF, workbook, page or CSV yields. */
  text: { description: string; encoding: string };
  report: { description: string; output: string; after: string };
  check: {
    description: string;
    reporter: string;
    maxWarnings: string;
    rule: string;
    config: string;
    noColor: string;
    /** `rules`: the rule ids, already wrapped. */
    after(rules: string): string;
  };
  schema: { description: string; profile: string };
  profiles: { description: string };
}

export const helpTexts: Readonly<Record<Lang, HelpTexts>> = { ja: helpJa, en: helpEn };
