/**
 * The command line's own messages (batch summary, progress, notes, the reporters' fixed
 * words) in both languages; usage errors are in usage.ts, help pages in help.ts. The README
 * lists what is still English only.
 */
import type { Colors } from "../report/types.js";
import type { Severity } from "../model/schema.js";
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

/** Why `--profile auto` names its choice on stderr (profile-choice.ts decides, this says it). */
export type ProfileNotice =
  | { kind: "tie"; chosen: string; rival: string; recognized: number; content: number }
  | { kind: "weak"; chosen: string; recognized: number; content: number };

export interface CliMessages {
  summary(counts: SummaryCounts, paint: Colors): string;
  unknownEncoding(name: string): string;
  tooManyWarnings(warnings: number, maximum: number): string;
  /** `--output` kept because no input could be read (the path already made printable). */
  noInputRead(output: string): string;
  // Progress and notes on stderr.
  /** The batch progress line: inputs done of all, and the rate per second. */
  progress(done: number, total: number, rate: number): string;
  profileNotice(notice: ProfileNotice): string;
  /** CSV in CP932: the characters it cannot hold, already listed (`"①" (U+2460, 2×)`). */
  notInCp932(listed: string): string;
  // The stylish reporter's fixed texts.
  /** The footer: `✖ 3 problems (1 error, 1 warning, 1 info)`. */
  problems(errors: number, warnings: number, infos: number): string;
  severity: Readonly<Record<Severity, string>>;
  /** JUnit's failure message for a rule with several problems. */
  problemCount(count: number): string;
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
  progress: (done, total, rate) => `${n(done)}/${n(total)} files · ${n(rate)} files/s`,
  profileNotice: (notice) =>
    notice.kind === "tie"
      ? `--profile auto: "${notice.chosen}" and "${notice.rival}" read this file equally well (${notice.recognized} of ${notice.content} lines); chose "${notice.chosen}" — name one with --profile, or give the other \`detect\` words`
      : `--profile auto: no profile fits well; "${notice.chosen}" recognised only ${notice.recognized} of ${notice.content} lines`,
  notInCp932: (listed) => `not in CP932, written as 〓: ${listed}`,
  // Plain counts, as ESLint's footer has them (no thousands separators).
  problems: (errors, warnings, infos) => {
    const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;
    return `✖ ${plural(errors + warnings + infos, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")})`;
  },
  severity: { error: "error", warning: "warning", info: "info" },
  problemCount: (count) => `${count} problems`,
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
  progress: (done, total, rate) => `${n(done)}/${n(total)} ファイル · 毎秒 ${n(rate)} ファイル`,
  profileNotice: (notice) =>
    notice.kind === "tie"
      ? `--profile auto: "${notice.chosen}" と "${notice.rival}" はこのファイルを同じだけ読み取れます（${notice.content} 行中 ${notice.recognized} 行）。"${notice.chosen}" を選びました — --profile で一つを指定するか、もう一方に \`detect\` の語を加えてください`
      : `--profile auto: よく合うプロファイルがありません。"${notice.chosen}" でも ${notice.content} 行中 ${notice.recognized} 行しか読み取れません`,
  notInCp932: (listed) => `CP932 にない文字を 〓 で書き出しました: ${listed}`,
  problems: (errors, warnings, infos) => `✖ 問題 ${errors + warnings + infos} 件（エラー ${errors}、警告 ${warnings}、情報 ${infos}）`,
  severity: { error: "エラー", warning: "警告", info: "情報" },
  problemCount: (count) => `問題 ${count} 件`,
};

export const cliMessages: Readonly<Record<Lang, CliMessages>> = { ja, en };
