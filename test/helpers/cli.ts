/** Runs the built CLI (bin/sheetparse → dist/) with colour off and returns what it printed. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "./fixtures.js";

export interface CliRun {
  stdout: string;
  stderr: string;
  status: number | null;
}

export function runCli(args: readonly string[], options: { input?: string | Uint8Array; cwd?: string; timeoutMs?: number } = {}): CliRun {
  const result = spawnSync(process.execPath, [join(repoRoot, "bin/sheetparse"), ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 1 << 30,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
