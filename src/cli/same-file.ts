/**
 * The inputs of a run by device and inode, so that an `--output` that is one of them is
 * refused before anything is written, whatever path leads to it: the same name, a
 * symlink, a hard link, or the file standard input was redirected from.
 */
import { fstatSync, statSync } from "node:fs";
import type { InputRef } from "../source/inputs.js";
import { STDIN_NAME } from "./diagnostic-line.js";

/** The inputs of a run, to look a file up among them by device and inode. */
export interface InputFiles {
  /** The name of the input that is this file (STDIN_NAME for a redirected stdin), if any. */
  find(stats: { dev: bigint; ino: bigint }): string | undefined;
}

/** The device and inode pair as a key (bigint: inode numbers can exceed 2^53). */
function fileKey(stats: { dev: bigint; ino: bigint }): string {
  return `${stats.dev}:${stats.ino}`;
}

/** One stat per file input: 10,000 take 0.1–0.2 s on a busy machine. `stdinFd`: standard input's descriptor, if it has one. */
function statInputs(inputs: readonly InputRef[], stdinFd: number | null): Map<string, string> {
  const files = new Map<string, string>();
  for (const input of inputs) {
    if (input.kind === "file") {
      const stats = statSync(input.path, { bigint: true, throwIfNoEntry: false });
      if (stats && !files.has(fileKey(stats))) files.set(fileKey(stats), input.path);
    } else if (input.kind === "stdin" && stdinFd !== null) {
      // `sheetparse - -o s.txt < s.txt`: stdin is that file. A pipe or a terminal is nothing to overwrite.
      try {
        const stats = fstatSync(stdinFd, { bigint: true });
        if (stats.isFile()) files.set(fileKey(stats), STDIN_NAME);
      } catch {
        // No standard input at all: nothing to protect.
      }
    }
  }
  return files;
}

/**
 * The inputs, stat-ed on the first lookup only: an output that does not exist yet can
 * be none of them, and a new file is the common case.
 */
export function identifyInputs(inputs: readonly InputRef[], stdinFd: number | null): InputFiles {
  let files: Map<string, string> | undefined;
  return {
    find(stats) {
      files ??= statInputs(inputs, stdinFd);
      return files.get(fileKey(stats));
    },
  };
}
