/**
 * A command run on a pseudo-terminal (`script`, util-linux), so that its stderr and stdin
 * are TTYs: for test/cli/terminal.test.ts (`npm test`) and test/long/terminal.test.ts.
 */
import { spawnSync } from "node:child_process";
import { repoRoot } from "./helpers.js";

export const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

/** What the terminal showed (stdout and stderr as one) and the exit code, with TERM=xterm and colour on unless `env` sets NO_COLOR. */
export function onTty(command: string, env: Record<string, string> = {}): { output: string; code: number | null } {
  const base: Record<string, string | undefined> = { ...process.env, TERM: "xterm", ...env };
  delete base["NO_COLOR"];
  delete base["FORCE_COLOR"];
  if (env["NO_COLOR"] !== undefined) base["NO_COLOR"] = env["NO_COLOR"];
  const result = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: repoRoot, env: base, encoding: "utf8", input: "" });
  return { output: result.stdout, code: result.status };
}
