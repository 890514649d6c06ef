/** Golden fixtures found by name: fixtures/NAME.txt beside NAME.expected.json. */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const fixturesDir = join(repoRoot, "fixtures");
/** The shared seeds folder, present on the development machine, absent on a clean clone. */
export const seedsDir = resolve(repoRoot, "../shared/seeds");

export interface Fixture {
  name: string;
  textPath: string;
  expectedPath: string;
}

export function listFixtures(dir = fixturesDir): Fixture[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".txt".length);
      return { name, textPath: join(dir, file), expectedPath: join(dir, `${name}.expected.json`) };
    });
}

/**
 * The reference-template fixtures as the report tests read them: fixtures/ in walk order
 * without fixtures/layouts, whose other templates need other profiles than the default
 * (with the reference profile they are not sheets, and a report of them shows only that).
 */
export function referenceFixtureInputs(): string[] {
  return readdirSync(fixturesDir)
    .sort()
    .filter((name) => name === "check" || name === "profiles" || name.endsWith(".txt"))
    .map((name) => join(fixturesDir, name));
}
