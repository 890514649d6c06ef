/**
 * `npm run test:long`: what is too slow for `npm test` — the cases of test/long/ (a 100 MB
 * input, a folder of 10,000 files, every fixture cut at every line, the other `--jobs`
 * outputs) and the property tests at SHEETPARSE_PROPERTY_RUNS cases (test/property/, the
 * schema predicate's in test/model/quick-check.test.ts and the layout detector's in
 * test/syntax/layout.test.ts).
 */
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Replaced, not merged: mergeConfig would add these to npm test's own lists.
    include: ["test/long/**/*.test.ts", "test/property/**/*.test.ts", "test/model/quick-check.test.ts", "test/syntax/layout.test.ts"],
    exclude: ["**/node_modules/**"],
    // Writing and removing a 100 MB file and a 10,000-file folder can outlast a minute on a busy machine.
    hookTimeout: 300_000,
  },
});
