/**
 * The package as others get it (issue 14, part 5): `require("sheetparse")` and
 * `import("sheetparse")` from another project, and what `npm pack` puts in the tarball.
 * Runs against the built dist/ (npm test builds first).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "./helpers/fixtures.js";

/** A project whose node_modules/sheetparse links to this repository, as `npm install ../sheetparse` would. */
const project = mkdtempSync(join(tmpdir(), "sheetparse-consumer-"));
mkdirSync(join(project, "node_modules"));
symlinkSync(repoRoot, join(project, "node_modules", "sheetparse"), "dir");
afterAll(() => rmSync(project, { recursive: true, force: true }));

function node(args: readonly string[]) {
  return spawnSync(process.execPath, [...args], { cwd: project, encoding: "utf8", timeout: 60_000 });
}

describe("packaging", () => {
  it("require(\"sheetparse\") works from CommonJS (Node >= 20.19 loads ESM from require)", () => {
    const run = node(["-e", 'const { parse } = require("sheetparse"); console.log(typeof parse, parse("事業名\\tx").projects.length)']);
    expect(run.stderr).not.toContain("ERR_PACKAGE_PATH_NOT_EXPORTED");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^function \d+\n$/);
  });

  it("import(\"sheetparse\") works from an ES module", () => {
    const run = node(["--input-type=module", "-e", 'const { parse } = await import("sheetparse"); console.log(typeof parse)']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe("function\n");
  });

  it("ships the MIT licence that package.json claims", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { license: string };
    const licence = readFileSync(join(repoRoot, "LICENSE"), "utf8");
    expect(pkg.license).toBe("MIT");
    expect(licence).toMatch(/^MIT License\n/);
    expect(licence).toContain("Copyright (c) 2026 sheetparse contributors");
  });

  it("npm pack puts dist/ (with the CLI's bundle), bin/, LICENSE and README.md in the tarball, and no sources or tests", () => {
    // --ignore-scripts: the prepare script would build again; npm test has just built dist/.
    const run = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: repoRoot, encoding: "utf8", timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const [pack] = JSON.parse(run.stdout) as { files: { path: string }[] }[];
    const paths = (pack?.files ?? []).map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(["bin/sheetparse", "dist/index.js", "dist/index.d.ts", "dist/cli/main.js", "dist/bundle/main.js", "dist/bundle/worker.js", "LICENSE", "README.md", "package.json"]));
    expect(paths.filter((path) => /^(?:src|test|fixtures|bench|scripts)\//.test(path))).toEqual([]);
  }, 120_000);
});
