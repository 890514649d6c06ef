/** The messages between the main thread and a parsing worker: plain data only (structured clone). */
import type { ParseOptions } from "../../parse.js";
import type { StepSpec } from "./steps.js";

/** Given once, when the worker starts: profiles are compiled once per worker, not per file. */
export interface WorkerInit {
  spec: StepSpec;
  parseOptions: ParseOptions;
}

/** One file: a path the worker reads itself, or standard input's bytes read by the main thread. */
export type Task = { path: string } | { path: null; bytes: Uint8Array };

/** The step's result, or why the worker could not make or send one (a bug, reported as the file's fatal diagnostic). */
export type Reply = { ok: true; value: unknown } | { ok: false; detail: string };
