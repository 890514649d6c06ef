import { join } from "node:path";
import { defineConfig } from "vitest/config";

/** The built CLI, which test/cli/helpers.ts runs in process. */
const dist = join(import.meta.dirname, "dist");

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Slow by nature (a 100 MB input, a folder of 10,000 files): `npm run test:long` (vitest.long.config.ts).
    exclude: ["test/long/**", "**/node_modules/**"],
    // A process per test file: in-process CLI runs change the working directory, which worker threads may not.
    pool: "forks",
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
