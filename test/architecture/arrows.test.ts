/**
 * Arrows point down (STYLE.md, issue 13 part 5): source/formats → syntax → model → emit,
 * with japanese/ and profile/ below the stages that use them; check and the reporters read
 * the tree and the model. No module imports a stage above its own.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/fixtures.js";

const src = join(repoRoot, "src");

/** What each folder (or top-level module) may not import. */
const FORBIDDEN: Readonly<Record<string, readonly string[]>> = {
  source: ["japanese", "profile", "syntax", "model", "check", "emit", "report", "cli", "parse.ts", "index.ts"],
  input: ["syntax", "model", "check", "emit", "report", "cli", "parse.ts", "index.ts"],
  japanese: ["profile", "syntax", "model", "check", "emit", "report", "cli", "parse.ts", "index.ts"],
  profile: ["syntax", "model", "check", "emit", "report", "cli", "parse.ts", "index.ts"],
  syntax: ["model", "check", "emit", "report", "cli", "parse.ts", "index.ts"],
  model: ["check", "emit", "report", "cli", "parse.ts", "index.ts"],
  check: ["emit", "report", "cli", "parse.ts", "index.ts"],
  emit: ["cli", "index.ts"],
  report: ["cli", "index.ts"],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The first part of a path under src/: a folder, or a top-level module. */
function area(path: string): string {
  return relative(src, path).split("/")[0] ?? "";
}

describe("arrows point down", () => {
  it("no module imports a stage above its own", () => {
    const upward: string[] = [];
    for (const file of files(src)) {
      const forbidden = FORBIDDEN[area(file)];
      if (!forbidden) continue;
      for (const match of readFileSync(file, "utf8").matchAll(/from "(\.[^"]+)"/g)) {
        const target = area(resolve(dirname(file), match[1] ?? "").replace(/\.js$/, ".ts"));
        if (forbidden.includes(target)) upward.push(`${relative(repoRoot, file)} → ${match[1]}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
