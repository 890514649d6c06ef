/** Help texts are plain text: no control characters but newlines (an escape written unescaped once printed ESC). */
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";

describe("--help", () => {
  it.each([[["--help"]], [["check", "--help"]], [["report", "--help"]], [["help", "check"]]])("%j holds no control character but newlines", async (args) => {
    const run = await runCli(args);
    expect(run.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- looking for exactly these
    expect(run.stdout.match(/[\u0000-\u0009\u000b-\u001f\u007f]/g) ?? []).toEqual([]);
  });
});
