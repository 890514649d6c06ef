/** The worker pool answers every task, even when a worker dies on one: the batch goes on. */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { WorkerPool } from "../../src/cli/jobs/pool.js";
import type { Task } from "../../src/cli/jobs/protocol.js";
import { repoRoot } from "../helpers/fixtures.js";
import { memoryIo } from "./memory-io.js";

const script = pathToFileURL(join(repoRoot, "test/cli/fixtures/jobs/dying-worker.mjs"));
const init = { spec: { command: "report" as const }, parseOptions: {} };

describe("WorkerPool", () => {
  it("a task whose worker dies gets the crash answer; the others get theirs, in a new worker too", async () => {
    const pool = new WorkerPool(2, init, (task: Task, detail: string) => `crashed ${task.path ?? "<stdin>"}: ${detail}`, memoryIo({ env: process.env }).io, script);
    try {
      const paths = ["a", "exit", "b", "throw", "c", "refuse", "d", "e"];
      const answers = await Promise.all(paths.map((path) => pool.run({ path })));
      expect(answers).toEqual([
        "done a",
        "crashed exit: a worker thread stopped (exit code 3)",
        "done b",
        "crashed throw: a worker thread stopped (boom)",
        "done c",
        "crashed refuse: could not clone",
        "done d",
        "done e",
      ]);
      expect(await pool.run({ path: null, bytes: new Uint8Array([1]) })).toBe("done <stdin>");
    } finally {
      await pool.close();
    }
  });
});
