/**
 * A command's per-file results over its operands, in input order, parsed in this thread
 * (`--jobs 1`, a single input, standard input alone) or by worker threads. Either way each
 * file goes through the same step function, so the main thread prints the same bytes.
 */
import type { InputRef } from "../../source/inputs.js";
import type { ParseOptions, ParseResult } from "../../parse.js";
import { readStdin } from "../io.js";
import type { CliIo } from "../cli-io.js";
import { fatalResult, loadInputs } from "../load.js";
import { WorkerPool } from "./pool.js";
import type { StepSpec } from "./steps.js";
import type { Task } from "./protocol.js";

export interface Batch<T> {
  count: number;
  single: boolean;
  inputs: readonly InputRef[];
  results: AsyncGenerator<T>;
}

/**
 * The batch of `operands`: `step` on each input's ParseResult. `spec` names `step` for the
 * workers, which load it themselves; `jobs` (default 1: library callers and tests run in
 * process) is how many files are parsed at once. Workers only pay off for two files or
 * more: below that, or with one job, no worker is started. Standard input, and whatever
 * a worker writes, go through `io`.
 */
export function loadBatch<T>(io: CliIo, operands: readonly string[], parseOptions: ParseOptions, spec: StepSpec, step: (result: ParseResult) => T, jobs = 1): Batch<T> {
  const loaded = loadInputs(io, operands, parseOptions);
  const files = loaded.inputs.filter((input) => input.kind === "file").length;
  const workers = Math.min(jobs, files);
  const results = workers < 2 ? inProcess(loaded.results, step) : inWorkers(io, loaded.inputs, parseOptions, spec, step, workers);
  return { count: loaded.count, single: loaded.single, inputs: loaded.inputs, results };
}

async function* inProcess<T>(results: AsyncGenerator<ParseResult>, step: (result: ParseResult) => T): AsyncGenerator<T> {
  // While a step's value is in use (being written), this frame must not hold the ParseResult
  // it came from: a big input's text, lines and findings would stay alive with it (issue 13).
  for (let stepped = await stepNext(results, step); stepped !== null; stepped = await stepNext(results, step)) yield stepped.value;
}

/** The next result's step value, made in a frame of its own that lets go of the result when it returns. */
async function stepNext<T>(results: AsyncGenerator<ParseResult>, step: (result: ParseResult) => T): Promise<{ value: T } | null> {
  const next = await results.next();
  return next.done === true ? null : { value: step(next.value) };
}

/** How many results may wait for an earlier file, per worker: enough to keep every worker busy past one slow file, and no more. */
const WINDOW_PER_WORKER = 2;

async function* inWorkers<T>(io: CliIo, inputs: readonly InputRef[], parseOptions: ParseOptions, spec: StepSpec, step: (result: ParseResult) => T, workers: number): AsyncGenerator<T> {
  // A crashed worker fails its file as any bug met on a file does: a fatal diagnostic, exit 2.
  const crashed = (task: Task, detail: string): T => step(fatalResult(task.path, "internalError", `internal error: ${detail}`, parseOptions));
  // A worker reads each file whole, its Document posted back as data: a sheet consumer (a function) cannot cross to it.
  const cloneable: ParseOptions = { ...parseOptions };
  delete cloneable.sheetConsumer;
  const pool = new WorkerPool(workers, { spec, parseOptions: cloneable }, crashed, io);
  // The step's values come back from a worker running the same `step` (named by `spec`).
  const run = (task: Task): Promise<T> => pool.run(task) as Promise<T>;
  const start = async (input: InputRef): Promise<T> => {
    if (input.kind === "unreadable") return step(fatalResult(input.path, "unreadable", input.message, parseOptions, input.reason));
    if (input.kind === "file") return run({ path: input.path });
    const read = await readStdin(io);
    return read.ok ? run({ path: null, bytes: read.bytes }) : step(fatalResult(null, "unreadable", read.message, parseOptions, read.reason));
  };
  // Started in input order, handed out in input order: a file's result leaves as soon as it and all before it are done.
  const waiting: Promise<T>[] = [];
  try {
    for (const input of inputs) {
      waiting.push(start(input));
      if (waiting.length >= workers * WINDOW_PER_WORKER) yield await (waiting.shift() as Promise<T>);
    }
    for (let next = waiting.shift(); next !== undefined; next = waiting.shift()) yield await next;
  } finally {
    await pool.close();
  }
}
