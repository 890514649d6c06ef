/**
 * The output's errors (`--output`, stdout, the temporary files beside them) as ids with
 * data, worded where the CLI prints them. English is what sheetparse has always printed.
 */
import { renderProblem, type Problem, type ProblemCatalogue } from "./problem.js";
import { renderReason, type Reason } from "./reasons.js";
import type { Lang } from "./types.js";

export interface OutputParams {
  /** `inFolder`: the file may be writable, its folder (where the new file is made first) is not. */
  cannotWrite: { path: string; reason: Reason; inFolder?: boolean };
  /** No file named: writing to standard output (or a stream without a path) failed. */
  cannotWriteOutput: { reason: Reason };
  cannotWriteStdout: { reason: Reason };
  cannotCreateDirectory: { path: string; reason: Reason };
  /** `target` null: the output is standard output. */
  cannotWriteTemp: { target: string | null; reason: Reason };
  /** `--output` is an input: `input` is its name among the inputs, or null for standard input. */
  refuseOverwrite: { path: string; input: string | null };
}

export type OutputProblem = Problem<OutputParams>;

const named = (path: string): string => (path === "" ? '""' : path);

const en: ProblemCatalogue<OutputParams> = {
  cannotWrite: ({ path, reason, inFolder }) => `cannot write ${named(path)}: ${renderReason("en", reason)}${inFolder ? " in its folder (the new file is written there first)" : ""}`,
  cannotWriteOutput: ({ reason }) => `cannot write output: ${renderReason("en", reason)}`,
  cannotWriteStdout: ({ reason }) => `cannot write to standard output: ${renderReason("en", reason)}`,
  cannotCreateDirectory: ({ path, reason }) => `cannot create directory ${path}: ${renderReason("en", reason)}`,
  cannotWriteTemp: ({ target, reason }) => `cannot write a temporary file for ${target ?? "the output"}: ${renderReason("en", reason)}`,
  refuseOverwrite: ({ path, input }) =>
    `refusing to overwrite ${path}: ${input === null ? "it is standard input" : input === path ? "it is one of the inputs" : `it is the input ${input}`}`,
};

const ja: ProblemCatalogue<OutputParams> = {
  cannotWrite: ({ path, reason, inFolder }) =>
    `${named(path)} に書き込めません: ${renderReason("ja", reason)}${inFolder ? "（そのフォルダに新しいファイルを先に書くため、フォルダへの書き込みが必要です）" : ""}`,
  cannotWriteOutput: ({ reason }) => `出力を書き込めません: ${renderReason("ja", reason)}`,
  cannotWriteStdout: ({ reason }) => `標準出力に書き込めません: ${renderReason("ja", reason)}`,
  cannotCreateDirectory: ({ path, reason }) => `フォルダ ${path} を作れません: ${renderReason("ja", reason)}`,
  cannotWriteTemp: ({ target, reason }) => `${target ?? "出力"} のための一時ファイルを書き込めません: ${renderReason("ja", reason)}`,
  refuseOverwrite: ({ path, input }) =>
    `${path} は上書きしません: ${input === null ? "標準入力のファイルです" : input === path ? "入力の一つです" : `入力 ${input} と同じファイルです`}`,
};

export const outputCatalogues: Readonly<Record<Lang, ProblemCatalogue<OutputParams>>> = { ja, en };

export function renderOutputProblem(lang: Lang, problem: OutputProblem): string {
  return renderProblem(outputCatalogues, lang, problem);
}
