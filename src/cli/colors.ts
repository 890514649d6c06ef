/**
 * Colour for reporters on stdout and messages on stderr: chalk, loaded only when colour is
 * on (it costs start-up time), and off when the stream is not a TTY, with NO_COLOR,
 * TERM=dumb or --no-color (SPEC §4).
 */
import type { Colors } from "../report/types.js";
import { plainColors } from "../report/colors.js";

/** Whether to colour a stream (NO_COLOR: any non-empty value, as no-color.org says). */
export function wantsColor(flag: boolean, isTty: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return flag && isTty && !env["NO_COLOR"] && env["TERM"] !== "dumb";
}

/** Colour functions backed by chalk's basic 16 colours, or identities. */
export async function loadColors(enabled: boolean): Promise<Colors> {
  if (!enabled) return plainColors;
  const { Chalk } = await import("chalk");
  const chalk = new Chalk({ level: 1 });
  return { red: chalk.red, yellow: chalk.yellow, blue: chalk.blue, green: chalk.green, dim: chalk.dim, bold: chalk.bold, underline: chalk.underline };
}
