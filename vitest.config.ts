import { availableParallelism } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

/** The built CLI, which test/cli/helpers.ts runs in process. */
const dist = join(import.meta.dirname, "dist");

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
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Messages follow the locale (SPEC §4): every CLI a test spawns sees an English one
    // unless the test sets its own, so the machine's locale never changes a transcript.
    env: { LANG: "C", LC_ALL: "", LC_MESSAGES: "" },
  },
});
