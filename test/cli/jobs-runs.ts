/**
 * What the `--jobs` tests share (test/cli/jobs.test.ts in `npm test`, test/long/jobs.test.ts
 * in `npm run test:long`): the batches, the outputs, and the comparison of `--jobs 2` with
 * `--jobs 1`.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { fixturesDir, referenceFixtureInputs } from "../helpers/fixtures.js";
import { runCli, type Transcript } from "./helpers.js";

export const reference = referenceFixtureInputs();
const middle = Math.floor(reference.length / 2);
/** The reference fixtures, with a file that does not exist among them. */
export const withMissing = [...reference.slice(0, middle), join(fixturesDir, "no-such-sheet.txt"), ...reference.slice(middle)];
/** The other templates' fixtures, read with `--profile auto`. */
export const layouts = readdirSync(join(fixturesDir, "layouts"))
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => join(fixturesDir, "layouts", name));

/**
 * Every output a batch can have. `npm test` compares one per step a worker runs (parse,
 * check, report: src/cli/jobs/steps.ts), and json, which a worker renders itself as it
 * does ndjson (with another indent, and the array around it); `npm run test:long` the
 * others, whose steps are the same and whose emitters run in the main thread either way.
 */
export const OUTPUTS: readonly (readonly string[])[] = [
  ["--format", "ndjson"],
  ["--format", "json"],
  ["--format", "csv"],
  ["check"],
  ["check", "--reporter", "json"],
  ["report"],
];
const QUICK = new Set(["--format ndjson", "--format json", "check", "report"]);
export const quickOutputs = OUTPUTS.filter((output) => QUICK.has(output.join(" ")));
export const longOutputs = OUTPUTS.filter((output) => !QUICK.has(output.join(" ")));

export async function both(args: readonly string[]): Promise<[Transcript, Transcript]> {
  return [await runCli([...args, "--jobs", "1"]), await runCli([...args, "--jobs", "2"])];
}

/** The same bytes on stdout and stderr, and the same exit code. */
export function expectSame([one, two]: [Transcript, Transcript]): void {
  expect(two.code).toBe(one.code);
  expect(two.stderr).toBe(one.stderr);
  expect(two.stdoutBytes.equals(one.stdoutBytes)).toBe(true);
}

/** The command word goes first, so that its options are its own. */
export function withInputs(output: readonly string[], inputs: readonly string[], extra: readonly string[] = []): string[] {
  const [first, ...rest] = output;
  return first === "check" || first === "report" ? [first, ...inputs, ...rest, ...extra] : [...inputs, ...output, ...extra];
}

/** `--jobs 2` and `--jobs 1` on the reference fixtures with a missing file in the middle. */
export async function expectSameWithMissing(output: readonly string[]): Promise<void> {
  const runs = await both(withInputs(output, withMissing));
  expectSame(runs);
  expect(runs[0].code).toBe(2);
  expect(runs[0].stderr).toContain("no-such-sheet.txt");
}
