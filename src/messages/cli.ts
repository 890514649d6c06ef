/**
 * The command line's own messages (batch summary, usage errors) in both languages. Fewer
 * than the diagnostics: the README lists the ones that are still English only.
 */
import type { Colors } from "../report/types.js";
import type { Lang } from "./types.js";

/** The counts a batch summary reports. */
export interface SummaryCounts {
  files: number;
  /** Inputs that were read and decoded (the others are unreadable). */
  parsed: number;
  unreadable: number;
  policies: number;
  projects: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface CliMessages {
  summary(counts: SummaryCounts, paint: Colors): string;
  unknownEncoding(name: string): string;
  tooManyWarnings(warnings: number, maximum: number): string;
  /** `--output` kept because no input could be read (the path already made printable). */
  noInputRead(output: string): string;
}

const n = (value: number): string => value.toLocaleString("en-US");

function count(value: number, singular: string, plural: string): string {
  return `${n(value)} ${value === 1 ? singular : plural}`;
}

const ENCODINGS = "auto, utf-8, shift_jis, euc-jp, utf-16le or utf-16be";

const en: CliMessages = {
  summary(t, paint) {
    const errors = count(t.errors, "error", "errors");
    const warnings = count(t.warnings, "warning", "warnings");
    return [
      `${count(t.files, "file", "files")} (${n(t.parsed)} parsed, ${n(t.unreadable)} unreadable)`,
      `${count(t.policies, "policy", "policies")}, ${count(t.projects, "project", "projects")}`,
      `${t.errors > 0 ? paint.red(errors) : errors}, ${t.warnings > 0 ? paint.yellow(warnings) : warnings}, ${count(t.infos, "info", "infos")}`,
    ].join("; ");
  },
  unknownEncoding: (name) => `unknown encoding "${name}" (use ${ENCODINGS})`,
  tooManyWarnings: (warnings, maximum) => `too many warnings: ${warnings} (maximum: ${maximum})`,
  noInputRead: (output) => `no input could be read: ${output} left as it was`,
};

const ja: CliMessages = {
  summary(t, paint) {
    const errors = `エラー ${n(t.errors)}`;
    const warnings = `警告 ${n(t.warnings)}`;
    return [
      `${n(t.files)} ファイル（読み取り ${n(t.parsed)}、読み込めず ${n(t.unreadable)}）`,
      `施策シート ${n(t.policies)}、事業シート ${n(t.projects)}`,
      `${t.errors > 0 ? paint.red(errors) : errors}、${t.warnings > 0 ? paint.yellow(warnings) : warnings}、情報 ${n(t.infos)}`,
    ].join("; ");
  },
  unknownEncoding: (name) => `文字コード "${name}" は使えません（${ENCODINGS} のどれか）`,
  tooManyWarnings: (warnings, maximum) => `警告が多すぎます: ${warnings} 件（上限 ${maximum} 件）`,
  noInputRead: (output) => `読み込めた入力がありません: ${output} は元のままです`,
};

export const cliMessages: Readonly<Record<Lang, CliMessages>> = { ja, en };
