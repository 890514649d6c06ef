/**
 * Usage errors in both languages: commander's own (re-worded from the parts of its English
 * message, see cli/commander-errors.ts), the command words, the flags checked together,
 * `--rule` and the config file (profile errors are in profile.ts). The English entries are the wording
 * sheetparse and commander have always printed, byte for byte.
 */
import { reasonJa } from "./ja.js";
import type { Lang } from "./types.js";

/** commander's error messages, by kind; the texts in quotes are as the user wrote them. */
export interface CommanderErrors {
  unknownOption(flag: string): string;
  /** `(Did you mean --format?)`: one or several suggestions, each as commander names it. */
  didYouMean(suggestions: readonly string[]): string;
  missingArgument(name: string): string;
  optionMissingArgument(flags: string): string;
  invalidChoice(flags: string, value: string, choices: string): string;
  /** An option parser refused the value; `detail` is already in the language. */
  invalidArgument(flags: string, value: string, detail: string): string;
  /** `command` is null for the program itself. */
  excessArguments(command: string | null, expected: number, got: number): string;
  unknownCommand(name: string): string;
}

export interface UsageMessages {
  commander: CommanderErrors;
  /** The line after a usage error. */
  helpHint: string;
  /** A one-line usage error with the hint after it. */
  withHint(message: string): string;
  /** `sheetparse chekc x.txt`: `meant` is the nearest command; `commands` listed after `help chekc`. */
  unknownCommandWord(word: string, meant: string | null, commands: readonly string[] | null): string;
  helpTakesOneCommand(count: number): string;
  // The default command's flags, checked together (cli/parse-options.ts).
  tableNeedsCsv(format: string): string;
  csvOnly(flag: string): string;
  tableAllNeedsOutput: string;
  bomNeedsUtf8: string;
  /** `--output-encoding` and `--max-warnings` details, after commander's "argument … is invalid". */
  outputEncodingChoices: string;
  maxWarningsDigits: string;
  /** `--jobs` detail, after commander's "argument … is invalid". */
  jobsDigits: string;
  // --rule and the config file.
  ruleNeedsSeverity(text: string): string;
  unknownRule(id: string, known: readonly string[]): string;
  /** `--rule ID=WORD` with a word that is no severity. */
  unknownSeverity(id: string, word: string, words: readonly string[]): string;
  /** A config file's `rules:` entry whose value is no severity (`path`: `rules.ID`). */
  settingMustBe(path: string, words: readonly string[]): string;
  unknownSetting(key: string, settings: readonly string[]): string;
  /** A config value of the wrong shape; `detail` is zod's (English) complaint. */
  badMaxWarnings(detail: string): string;
  badShape(path: string, detail: string): string;
  cannotReadConfig(path: string, reason: string): string;
  cannotReadYaml(path: string, detail: string): string;
}

const q = JSON.stringify;

const en: UsageMessages = {
  commander: {
    unknownOption: (flag) => `error: unknown option '${flag}'`,
    didYouMean: (suggestions) => (suggestions.length === 1 ? `(Did you mean ${suggestions.join("")}?)` : `(Did you mean one of ${suggestions.join(", ")}?)`),
    missingArgument: (name) => `error: missing required argument '${name}'`,
    optionMissingArgument: (flags) => `error: option '${flags}' argument missing`,
    invalidChoice: (flags, value, choices) => `error: option '${flags}' argument '${value}' is invalid. Allowed choices are ${choices}.`,
    invalidArgument: (flags, value, detail) => `error: option '${flags}' argument '${value}' is invalid. ${detail}`,
    excessArguments: (command, expected, got) =>
      `error: too many arguments${command === null ? "" : ` for '${command}'`}. Expected ${expected} argument${expected === 1 ? "" : "s"} but got ${got}.`,
    unknownCommand: (name) => `error: unknown command '${name}'`,
  },
  helpHint: "(run sheetparse --help for usage)",
  withHint: (message) => `${message} ${en.helpHint}`,
  unknownCommandWord: (word, meant, commands) =>
    `unknown command "${word}"${meant === null ? "" : ` — did you mean ${meant}?`}${commands === null ? "" : ` (commands: ${commands.join(", ")})`}`,
  helpTakesOneCommand: (count) => `help takes one command name, not ${count}`,
  tableNeedsCsv: (format) => `--table needs --format csv (got --format ${format})`,
  csvOnly: (flag) => `${flag} applies to --format csv only`,
  tableAllNeedsOutput: "--table all writes one file per table: add --output DIR",
  bomNeedsUtf8: "--bom is for UTF-8 output; CP932 has no byte order mark",
  outputEncodingChoices: "Use utf-8 or cp932.",
  maxWarningsDigits: "Expected a whole number of 0 or more, in decimal digits.",
  jobsDigits: "Expected a whole number of 1 or more, in decimal digits, or auto.",
  ruleNeedsSeverity: (text) => `--rule ${q(text)}: expected ID=off|warn|error`,
  unknownRule: (id, known) => `unknown rule ${q(id)} (known rules: ${known.join(", ")})`,
  unknownSeverity: (id, word, words) => `--rule ${id}: unknown severity ${q(word)} (use ${words.join(", ")})`,
  settingMustBe: (path, words) => `${path}: a rule's setting must be one of ${words.join(", ")}`,
  unknownSetting: (key, settings) => `unknown setting ${q(key)} (use ${settings.join(", ")})`,
  badMaxWarnings: (detail) => `maxWarnings: ${detail}`,
  badShape: (path, detail) => (path === "" ? detail : `${path}: ${detail}`),
  cannotReadConfig: (path, reason) => `${path}: cannot read config file: ${reason}`,
  cannotReadYaml: (path, detail) => `${path}: cannot read this YAML (${detail})`,
};

const ja: UsageMessages = {
  commander: {
    unknownOption: (flag) => `エラー: オプション '${flag}' はありません`,
    didYouMean: (suggestions) => `（${suggestions.join("、")} のことですか）`,
    missingArgument: (name) => `エラー: 引数 '${name}' がありません`,
    optionMissingArgument: (flags) => `エラー: オプション '${flags}' に値がありません`,
    invalidChoice: (flags, value, choices) => `エラー: オプション '${flags}' の値 '${value}' は使えません（${choices} のどれか）`,
    invalidArgument: (flags, value, detail) => `エラー: オプション '${flags}' の値 '${value}' は使えません。${detail}`,
    excessArguments: (command, expected, got) =>
      `エラー: ${command === null ? "" : `'${command}' の`}引数が多すぎます（${expected === 0 ? "引数はとりません" : `${expected} 個まで`}、指定は ${got} 個）`,
    unknownCommand: (name) => `エラー: コマンド '${name}' はありません`,
  },
  helpHint: "（使い方は sheetparse --help で表示されます）",
  withHint: (message) => `${message}${ja.helpHint}`,
  unknownCommandWord: (word, meant, commands) =>
    `コマンド "${word}" はありません${meant === null ? "" : `（${meant} のことですか）`}${commands === null ? "" : `（コマンド: ${commands.join(", ")}）`}`,
  helpTakesOneCommand: (count) => `help にはコマンド名を一つだけ指定してください（${count} 個あります）`,
  tableNeedsCsv: (format) => `--table には --format csv が必要です（--format ${format} が指定されています）`,
  csvOnly: (flag) => `${flag} は --format csv でだけ使えます`,
  tableAllNeedsOutput: "--table all は表ごとにファイルを書き出します: --output DIR を指定してください",
  bomNeedsUtf8: "--bom は UTF-8 の出力のためのものです（CP932 にバイト順マークはありません）",
  outputEncodingChoices: "utf-8 か cp932 を指定してください。",
  maxWarningsDigits: "0 以上の整数を十進の数字で指定してください。",
  jobsDigits: "1 以上の整数を十進の数字で、または auto を指定してください。",
  ruleNeedsSeverity: (text) => `--rule ${q(text)}: ID=off|warn|error の形で指定してください`,
  unknownRule: (id, known) => `ルール ${q(id)} はありません（ルール: ${known.join(", ")}）`,
  unknownSeverity: (id, word, words) => `--rule ${id}: 重大度 ${q(word)} は使えません（${words.join(", ")} のどれか）`,
  settingMustBe: (path, words) => `${path}: ルールの設定は ${words.join(", ")} のどれかにしてください`,
  unknownSetting: (key, settings) => `設定 ${q(key)} はありません（${settings.join(", ")} が使えます）`,
  badMaxWarnings: () => "maxWarnings: 0 以上の整数にしてください",
  badShape: (path, detail) => `${path === "" ? "" : `${path}: `}値の形が正しくありません（${detail}）`,
  cannotReadConfig: (path, reason) => `${path}: 設定ファイルを読み込めません: ${reasonJa(reason)}`,
  cannotReadYaml: (path, detail) => `${path}: この YAML を読み取れません（${detail}）`,
};

export const usageMessages: Readonly<Record<Lang, UsageMessages>> = { ja, en };
