/**
 * A parsing worker: reads a file, parses it and runs the command's per-file step, exactly
 * as the main thread does with `--jobs 1`, and posts back the step's plain result. One
 * task at a time; the pool sends the next when this one is answered. Its IO object is the
 * thread's own process streams and environment, which the pool made the run's.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readInputFile } from "../../source/inputs.js";
import type { ParseResult } from "../../parse.js";
import { fatalResult, parseSafely } from "../load.js";
import { stepOf } from "./steps.js";
import { processIo } from "../cli-io.js";
import type { Reply, Task, WorkerInit } from "./protocol.js";

const init = workerData as WorkerInit;
const io = processIo();
const step = await stepOf(init.spec, init.parseOptions, io);

async function resultOf(task: Task): Promise<ParseResult> {
  if (task.path === null) return parseSafely(io, task.bytes, null, init.parseOptions);
  const read = readInputFile(task.path);
  return read.ok ? parseSafely(io, read.bytes, task.path, init.parseOptions) : fatalResult(task.path, "unreadable", read.message, init.parseOptions, read.reason);
}

/** Answers one task; never throws. */
async function answer(task: Task): Promise<void> {
  let reply: Reply;
  try {
    reply = { ok: true, value: step(await resultOf(task)) };
  } catch (error) {
    reply = { ok: false, detail: (error as Error).message ?? String(error) };
  }
  try {
    parentPort?.postMessage(reply);
  } catch (error) {
    // A value structured clone refuses: still an answer, so the batch never waits forever.
    parentPort?.postMessage({ ok: false, detail: (error as Error).message } satisfies Reply);
  }
}

// One task after another: the pool matches answers to tasks by their order, and a PDF's
// reading awaits, which would let a later task overtake it.
let done: Promise<void> = Promise.resolve();
parentPort?.on("message", (task: Task) => {
  done = done.then(() => answer(task));
});
