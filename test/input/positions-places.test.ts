/**
 * `--positions` on a PDF or workbook adds `page` / `sheet` and `cell` beside `line` on every
 * model object (SPEC §8) — grid years' extras included, which the schema once refused (the
 * Document was replaced by a fatal one, exit 2).
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/helpers.js";

const twins = readdirSync("fixtures/formats").filter((name) => /\.(?:pdf|xlsx|xls|html|csv)$/.test(name)).map((name) => `fixtures/formats/${name}`);

describe("--positions on every format twin", () => {
  it.each(twins)("%s: a Document, exit 0, nothing on stderr", async (path) => {
    const run = await runCli([path, "--positions"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout) as { projects: { years: { extras: Record<string, unknown>[] }[] }[] };
    const extras = document.projects.flatMap((project) => project.years.flatMap((year) => year.extras));
    for (const extra of extras) expect(extra["line"]).toEqual(expect.any(Number));
    if (extras.length > 0 && path.endsWith(".pdf")) expect(extras.every((extra) => typeof extra["page"] === "number")).toBe(true);
    if (extras.length > 0 && /\.xlsx?$/.test(path)) expect(extras.every((extra) => typeof extra["cell"] === "string")).toBe(true);
  });
});
