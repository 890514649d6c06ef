import { availableParallelism } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** The built CLI, which test/cli/helpers.ts runs in process. */
const dist = join(import.meta.dirname, "dist");

/**
 * The files that take longest, longest first: they start first, so that two workers end
 * together instead of one finishing a long file alone. Vitest orders by the last run's
 * durations when it has them; a clean clone (CI) has none and would order by file size.
 */
const SLOW_FIRST = [
  "test/readme.test.ts", // its shell commands run in a bash of their own from the start
  "test/emit/html/browser.test.ts",
  "test/cli/jobs.test.ts",
  "test/cli/streamed-sheets.test.ts",
  "test/cli/output-safety.test.ts",
  "test/bad-input.test.ts",
  "test/input/twins.test.ts",
  "test/packaging.test.ts",
  "test/cli/output-errors.test.ts",
  "test/syntax/adversarial.test.ts",
  "test/property/properties.test.ts",
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const index = SLOW_FIRST.findIndex((path) => file.moduleId.endsWith(`/${path}`));
      return index < 0 ? SLOW_FIRST.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Slow by nature (a 100 MB input, a folder of 10,000 files): `npm run test:long` (vitest.long.config.ts).
    exclude: ["test/long/**", "**/node_modules/**"],
    // Processes, not threads: in-process CLI runs change the working directory, which worker threads may not.
    pool: "forks",
    // Every core (vitest leaves one idle by default, which on 2 cores halves the speed): its own process mostly waits.
    maxWorkers: availableParallelism(),
    // Test files share their process and modules instead of starting afresh: most of the time of a
    // run of a hundred small files went to processes and imports. No test relies on a fresh process
    // (none mocks modules; the one seam it adds to a registry it takes out again).
    isolate: false,
    // Node loads dist/ itself, as bin/sheetparse does, rather than vitest's module runner:
    // the same module graph as the launcher, and the --jobs workers' own files beside it.
    server: { deps: { external: [new RegExp(`^${dist.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/`)] } },
    sequence: { sequencer: SlowFirst },
    // Byte arrays in toEqual compared as bytes, not element by element (test/helpers/setup.ts).
    setupFiles: ["test/helpers/setup.ts"],
    // Vitest's transforms of the TypeScript sources are kept in node_modules/.experimental-vitest-cache
    // between runs (about 2 s of CPU per run once filled).
    experimental: { fsModuleCache: true },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Messages follow the locale (SPEC §4): every CLI a test spawns sees an English one
    // unless the test sets its own, so the machine's locale never changes a transcript.
    env: { LANG: "C", LC_ALL: "", LC_MESSAGES: "" },
  },
});
