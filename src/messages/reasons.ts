/**
 * Why a file could not be read or written, as an id with data: the reasons of our reader and
 * writer, and the system's errors by their code. English is the wording sheetparse has always
 * printed; a system error with no entry keeps Node's own (English) words with its code.
 */
import { renderProblem, type Empty, type Problem, type ProblemCatalogue } from "./problem.js";
import type { Lang } from "./types.js";

export interface ReasonParams {
  /** An error of the system by its code (`EIO`); `words`: Node's own, for a code without an entry. */
  system: { code: string; words: string | null };
  noSuchFile: Empty;
  noSuchDirectory: Empty;
  isDirectory: Empty;
  notDirectory: Empty;
  /** stat() said ENOTDIR: a part of the path is a file. */
  notDirectoryInPath: Empty;
  existsNotDirectory: Empty;
  permissionDenied: Empty;
  symlinkLoop: Empty;
  nameTooLong: Empty;
  noFileName: Empty;
  brokenSymlink: { target: string };
  notRegularFile: { kind: "characterDevice" | "blockDevice" | "socket" | "other" };
  /** More than `limit` bytes, the limit for that kind of file. */
  tooLarge: { limit: number; what: "sheet" | "profile" | "config" };
  /** `cause`: the error's code, else its message. */
  cannotReadFile: { cause: string };
  cannotReadStdin: { cause: string };
  stdinIsDirectory: Empty;
  noTextFiles: Empty;
  noMatches: Empty;
  /** A folder search: a symlink to a folder being searched already. */
  loopBack: { to: string };
  /** A folder search: a place inside /proc or /sys, never entered. */
  virtualFolder: { path: string };
  /** A folder search: a folder that cannot be listed; `cause` an error code, null for permission denied. */
  cannotReadFolder: { cause: string | null };
  /** A folder search: a symlink to a file the search may not reach. */
  unreachableSymlink: Empty;
  /** A folder search: a symlink whose target is gone (`target` null when the link itself vanished). */
  brokenLink: { target: string | null };
  /** A folder search: a symlink that fails for another reason. */
  unfollowableSymlink: { target: string | null; code: string };
  /** A folder search: a *.txt name that is no regular file (a FIFO, a device). */
  notRegularEntry: Empty;
  /** Words from elsewhere (an error's own message), shown as they are. */
  detail: { text: string };
}

export type Reason = Problem<ReasonParams>;

/** "1 MiB", "256 MiB": limits are whole mebibytes. */
export function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes} bytes`;
}

const SYSTEM_EN: ReadonlyMap<string, string> = new Map([
  ["ENOSPC", "no space left on the device"],
  ["ENOENT", "no such file or directory"],
  ["EISDIR", "is a directory"],
  ["ENOTDIR", "not a directory"],
  ["EACCES", "permission denied"],
  ["EPERM", "operation not permitted"],
  ["EROFS", "read-only file system"],
  ["EFBIG", "file too large"],
  ["EDQUOT", "disk quota exceeded"],
  ["EIO", "input/output error"],
  ["ELOOP", "symlink loop"],
  ["ENXIO", "no such device or address"],
  ["ENAMETOOLONG", "file name too long"],
  ["EMFILE", "too many open files"],
  ["ENFILE", "too many open files in the system"],
  ["EBUSY", "device or resource busy"],
  ["ETXTBSY", "text file busy"],
]);

const SYSTEM_JA: ReadonlyMap<string, string> = new Map([
  ["ENOSPC", "ディスクに空きがありません"],
  ["ENOENT", "ファイルもフォルダもありません"],
  ["EISDIR", "フォルダです"],
  ["ENOTDIR", "フォルダではありません"],
  ["EACCES", "権限がありません"],
  ["EPERM", "操作が許可されていません"],
  ["EROFS", "読み取り専用のファイルシステムです"],
  ["EFBIG", "ファイルが大きすぎます"],
  ["EDQUOT", "ディスクの割り当てを超えました"],
  ["EIO", "入出力エラーです"],
  ["ELOOP", "シンボリックリンクが循環しています"],
  ["ENXIO", "そのデバイスもアドレスもありません"],
  ["ENAMETOOLONG", "ファイル名が長すぎます"],
  ["EMFILE", "開いているファイルが多すぎます"],
  ["ENFILE", "システム全体で開いているファイルが多すぎます"],
  ["EBUSY", "デバイスが使用中です"],
  ["ETXTBSY", "テキストファイルが使用中です"],
]);

const KIND_EN = { characterDevice: "a character device", blockDevice: "a block device", socket: "a socket", other: "not a file" } as const;
const KIND_JA = { characterDevice: "キャラクタデバイス", blockDevice: "ブロックデバイス", socket: "ソケット", other: "ファイルではないもの" } as const;
const WHAT_EN = { sheet: "a sheet", profile: "a profile", config: "a config file" } as const;
const WHAT_JA = { sheet: "シート", profile: "プロファイル", config: "設定ファイル" } as const;

/** An unknown code in Node's words when there are any: `cross-device link not permitted (EXDEV)`. */
const unknownCode = (code: string, words: string | null): string => (words === null ? code : `${words} (${code})`);

const en: ProblemCatalogue<ReasonParams> = {
  system: ({ code, words }) => SYSTEM_EN.get(code) ?? unknownCode(code, words),
  noSuchFile: () => "no such file or directory",
  noSuchDirectory: () => "no such directory",
  isDirectory: () => "is a directory",
  notDirectory: () => "not a directory",
  notDirectoryInPath: () => "not a directory (a part of the path is a file)",
  existsNotDirectory: () => "exists and is not a directory",
  permissionDenied: () => "permission denied",
  symlinkLoop: () => "symlink loop",
  nameTooLong: () => "file name too long",
  noFileName: () => "no file name",
  brokenSymlink: ({ target }) => `broken symlink (to ${target})`,
  notRegularFile: ({ kind }) => `not a regular file (${KIND_EN[kind]}); give a file, or - for standard input`,
  tooLarge: ({ limit, what }) => `too large: more than ${formatLimit(limit)}, the limit for ${WHAT_EN[what]}`,
  cannotReadFile: ({ cause }) => `cannot read file (${cause})`,
  cannotReadStdin: ({ cause }) => `cannot read standard input (${cause})`,
  stdinIsDirectory: () => "standard input is a directory",
  noTextFiles: () => "no *.txt files in this directory",
  noMatches: () => "no files match this pattern",
  loopBack: ({ to }) => `symlink loop: leads back to ${to}`,
  virtualFolder: ({ path }) => `not searched: ${path} is inside /proc or /sys`,
  cannotReadFolder: ({ cause }) => (cause === null ? "cannot read this folder: permission denied" : `cannot read this folder (${cause})`),
  unreachableSymlink: () => "symlink to a file that cannot be reached: permission denied",
  brokenLink: ({ target }) => (target === null ? "broken symlink" : `broken symlink (to ${target})`),
  unfollowableSymlink: ({ target, code }) => `symlink that cannot be followed${target === null ? "" : ` (to ${target})`} (${code})`,
  notRegularEntry: () => "not a regular file",
  detail: ({ text }) => text,
};

const ja: ProblemCatalogue<ReasonParams> = {
  system: ({ code, words }) => SYSTEM_JA.get(code) ?? unknownCode(code, words),
  noSuchFile: () => "ファイルもフォルダもありません",
  noSuchDirectory: () => "そのフォルダはありません",
  isDirectory: () => "フォルダです",
  notDirectory: () => "フォルダではありません",
  notDirectoryInPath: () => "フォルダではありません（パスの途中がファイルです）",
  existsNotDirectory: () => "フォルダではないものが既にあります",
  permissionDenied: () => "権限がありません",
  symlinkLoop: () => "シンボリックリンクが循環しています",
  nameTooLong: () => "ファイル名が長すぎます",
  noFileName: () => "ファイル名がありません",
  brokenSymlink: ({ target }) => `リンク先のないシンボリックリンクです（${target} へのリンク）`,
  notRegularFile: ({ kind }) => `通常のファイルではありません（${KIND_JA[kind]}）。ファイルか、標準入力なら - を指定してください`,
  tooLarge: ({ limit, what }) => `大きすぎます: ${WHAT_JA[what]}の上限 ${formatLimit(limit)} を超えています`,
  cannotReadFile: ({ cause }) => `ファイルを読み込めません（${cause}）`,
  cannotReadStdin: ({ cause }) => `標準入力を読み込めません（${cause}）`,
  stdinIsDirectory: () => "標準入力がフォルダです",
  noTextFiles: () => "このフォルダに *.txt ファイルがありません",
  noMatches: () => "このパターンに合うファイルがありません",
  loopBack: ({ to }) => `シンボリックリンクが循環しています（${to} に戻ります）`,
  virtualFolder: ({ path }) => `検索しません: ${path} は /proc か /sys の中です`,
  cannotReadFolder: ({ cause }) => (cause === null ? "このフォルダを読み込めません: 権限がありません" : `このフォルダを読み込めません（${cause}）`),
  unreachableSymlink: () => "リンク先のファイルに届きません: 権限がありません",
  brokenLink: ({ target }) => (target === null ? "リンク先のないシンボリックリンクです" : `リンク先のないシンボリックリンクです（${target} へのリンク）`),
  unfollowableSymlink: ({ target, code }) => `たどれないシンボリックリンクです${target === null ? "" : `（${target} へのリンク）`}（${code}）`,
  notRegularEntry: () => "通常のファイルではありません",
  detail: ({ text }) => text,
};

export const reasonCatalogues: Readonly<Record<Lang, ProblemCatalogue<ReasonParams>>> = { ja, en };

export function renderReason(lang: Lang, reason: Reason): string {
  return renderProblem(reasonCatalogues, lang, reason);
}

/** The reasons that need no data: words the same every time. */
export type FixedReasonId = { [K in keyof ReasonParams]: ReasonParams[K] extends Empty ? K : never }[keyof ReasonParams];

export const FIXED_REASON_IDS: readonly FixedReasonId[] = [
  "noSuchFile",
  "noSuchDirectory",
  "isDirectory",
  "notDirectory",
  "notDirectoryInPath",
  "existsNotDirectory",
  "permissionDenied",
  "symlinkLoop",
  "nameTooLong",
  "noFileName",
  "stdinIsDirectory",
  "noTextFiles",
  "noMatches",
  "unreachableSymlink",
  "notRegularEntry",
];

/** A reason without data, for brevity at the many places that give one. */
export function reason(id: FixedReasonId): Reason {
  // Each fixed id's data is Empty; TypeScript cannot pair a union of ids with its data.
  return { id, data: {} } as Reason;
}
