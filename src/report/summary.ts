/** `✖ 13 problems (0 errors, 12 warnings, 1 info)`, from precomputed counts. */

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** The summary line's text, without colour. */
export function summaryText(errors: number, warnings: number, infos: number): string {
  return `✖ ${plural(errors + warnings + infos, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")})`;
}
