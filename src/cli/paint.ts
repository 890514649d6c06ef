/**
 * Colour for stderr messages. chalk is imported only when colour is on, which needs a
 * terminal on stderr: pipes, CI logs and `NO_COLOR` never pay its start-up cost.
 */

/** The styles messages use; plain functions so formatters stay pure and testable. */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const identity = (text: string): string => text;

/** No colour at all. */
export const plainPaint: Paint = { bold: identity, dim: identity, red: identity, yellow: identity, cyan: identity };

/**
 * Whether to colour stderr: a TTY, no `--no-color`, and no `NO_COLOR` (any non-empty
 * value, as no-color.org says), and not a `dumb` terminal.
 */
export function wantsColour(flag: boolean, isTty: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return flag && isTty && !env["NO_COLOR"] && env["TERM"] !== "dumb";
}

/** The Paint for the decision: chalk's basic 16 colours, or plainPaint. */
export async function loadPaint(colour: boolean): Promise<Paint> {
  if (!colour) return plainPaint;
  const { Chalk } = await import("chalk");
  const chalk = new Chalk({ level: 1 });
  return { bold: chalk.bold, dim: chalk.dim, red: chalk.red, yellow: chalk.yellow, cyan: chalk.cyan };
}
