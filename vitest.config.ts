import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // Removing a 100 MB test file and a 10,000-file folder can outlast the 10 s default on a busy machine.
    hookTimeout: 60_000,
    // Messages follow the locale (SPEC §4): every CLI a test spawns sees an English one
    // unless the test sets its own, so the machine's locale never changes a transcript.
    env: { LANG: "C", LC_ALL: "", LC_MESSAGES: "" },
  },
});
