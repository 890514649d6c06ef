/**
 * A fixed number of parsing workers. Every task's promise settles, never rejects: a worker
 * that dies (an uncaught error, out of memory, exit) answers the task it was on through
 * `onCrash` and is replaced, so the batch goes on. Workers see the run's environment, and
 * what they write (a DEBUG stack) goes to the run's streams, not the process's.
 */
import { Worker } from "node:worker_threads";
import type { CliIo } from "../cli-io.js";
import type { Reply, Task, WorkerInit } from "./protocol.js";

interface Job {
  task: Task;
  resolve(value: unknown): void;
}

interface Slot {
  worker: Worker;
  /** Sent and not yet answered, oldest first: a worker answers its tasks in the order it got them. */
  jobs: Job[];
  /** The last error the worker raised, to say why it stopped. */
  error: Error | null;
}

/**
 * Tasks sent ahead to each worker: the next one is waiting in the worker when it answers,
 * instead of a round trip through the main thread's event loop (which is busy writing
 * output) leaving it idle between files.
 */
const AHEAD = 2;

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly init: WorkerInit,
    /** The answer for a task whose worker stopped or failed (`detail` says how). */
    private readonly onCrash: (task: Task, detail: string) => unknown,
    /** The run's streams and environment, which the workers' own stand for. */
    private readonly io: Pick<CliIo, "stdout" | "stderr" | "env">,
    /** The worker's script; another only in tests, to make a worker die on purpose. */
    private readonly script: URL = new URL("./worker.js", import.meta.url),
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  run(task: Task): Promise<unknown> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  /** Stops every worker; tasks still waiting are dropped (their reader has gone). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(this.script, { workerData: this.init, env: definedEnv(this.io.env), stdout: true, stderr: true });
    // Chunk by chunk rather than pipe(): the run's streams are never ended or paused by a worker.
    worker.stdout.on("data", (chunk: Buffer) => this.io.stdout.write(chunk));
    worker.stderr.on("data", (chunk: Buffer) => this.io.stderr.write(chunk));
    const slot: Slot = { worker, jobs: [], error: null };
    this.slots.add(slot);
    worker.on("message", (reply: Reply) => this.answer(slot, (job) => (reply.ok ? reply.value : this.onCrash(job.task, reply.detail))));
    worker.on("messageerror", (error) => this.answer(slot, (job) => this.onCrash(job.task, error.message)));
    worker.on("error", (error) => {
      slot.error = error;
    });
    worker.on("exit", (code) => {
      this.slots.delete(slot);
      if (this.closed) return;
      const [current, ...sent] = slot.jobs;
      slot.jobs = [];
      // Only the task it was on is failed; those sent ahead go to another worker.
      this.queue.unshift(...sent);
      current?.resolve(this.onCrash(current.task, `a worker thread stopped (${slot.error?.message ?? `exit code ${code}`})`));
      // pump() starts a replacement when work waits; each death costs one file, so this ends.
      this.pump();
    });
  }

  private answer(slot: Slot, value: (job: Job) => unknown): void {
    const job = slot.jobs.shift();
    if (job) job.resolve(value(job));
    this.pump();
  }

  private pump(): void {
    if (this.closed) return;
    if (this.queue.length > 0 && this.slots.size < this.size) this.spawn();
    // The least busy worker first, so that every worker has work before any gets a second task.
    for (let ahead = 1; ahead <= AHEAD; ahead++) {
      for (const slot of this.slots) {
        const job = slot.jobs.length < ahead ? this.queue.shift() : undefined;
        if (!job) continue;
        slot.jobs.push(job);
        // Copied, not transferred: standard input's Buffer may share Node's pool with other Buffers.
        slot.worker.postMessage(job.task);
      }
    }
  }
}

/** A worker's process.env takes strings only. */
function definedEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const defined: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined) defined[name] = value;
  return defined;
}
