/**
 * `sheetparse --version` alone is answered by the launcher before the CLI's modules load
 * (issue 13: start-up within 60 ms of `node -e 0`); it must say what the full CLI says.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bin, repoRoot } from "./helpers.js";

const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;

function launch(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(bin, args, { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe("the launcher's --version", () => {
  it.each([["--version"], ["-V"]])("%s prints the package's version", (flag) => {
    expect(launch([flag])).toEqual({ stdout: `${version}\n`, stderr: "", status: 0 });
  });

  it("says what the full CLI says (which answers --version beside another option)", () => {
    expect(launch(["--version", "--lang", "en"])).toEqual(launch(["--version"]));
  });
});
