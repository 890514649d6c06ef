import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // Messages follow the locale (SPEC §4): every CLI a test spawns sees an English one
    // unless the test sets its own, so the machine's locale never changes a transcript.
    env: { LANG: "C", LC_ALL: "", LC_MESSAGES: "" },
  },
});
