/**
 * Terminal manners on a pseudo-terminal (test/cli/tty.ts), in `npm run test:long`: `npm test`
 * runs these in process, the CLI told that stderr is a terminal, and on a real terminal only
 * what the process itself must tell (test/cli/terminal.test.ts). Each costs a process.
 */
import { describe, expect, it } from "vitest";
import { bin, cliFixtures } from "../cli/helpers.js";
import { hasScript, onTty } from "../cli/tty.js";

const ESC = "\u001b";

describe.skipIf(!hasScript)("stderr is a TTY", () => {
  const batch = `"${bin}" ${cliFixtures.batchDir} missing.txt --format ndjson > /dev/null`;

  it("NO_COLOR and --no-color turn colour off; the progress line stays", () => {
    for (const { command, env } of [
      { command: batch, env: { NO_COLOR: "1" } },
      { command: `${batch} --no-color`, env: {} },
    ]) {
      const { output } = onTty(command, env);
      expect(output).toContain("\r\u001b[2K4/4 files · ");
      expect(output.replaceAll("\r\u001b[2K", "")).not.toContain(ESC);
    }
  });

  it("a single input gets neither progress nor summary", () => {
    const { output, code } = onTty(`"${bin}" ${cliFixtures.one} > /dev/null`);
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});
