/**
 * The default command parses files, so `sheetparse chekc x.txt` would read "chekc" as a file:
 * a screen of JSON for x.txt, then "no such file". An operand that names nothing on disk but
 * is close to a command name is far more likely a typo; these pure functions say which.
 */

/** Glob metacharacters: an operand with one is a pattern, never a mistyped command. */
const GLOB_CHARS = /[*?[\]{}]/u;

/** Edit distance with adjacent transpositions (optimal string alignment): "chekc" is one step from "check". */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The command an operand probably meant, or null. Only a bare word can be a typo: a path
 * (with a separator or a dot, as in `x.txt`), a glob pattern or `-` is an input as written.
 * Close means an edit distance of at most 2, or a prefix of the name (`rep` for report);
 * the nearest name wins, the first in `names` on a tie.
 */
export function suggestCommand(operand: string, names: readonly string[]): string | null {
  if (operand === "" || operand === "-" || /[/\\.]/u.test(operand) || GLOB_CHARS.test(operand)) return null;
  const word = operand.toLowerCase();
  let best: { name: string; distance: number } | null = null;
  for (const name of names) {
    const distance = name.startsWith(word) ? 0 : editDistance(word, name);
    if (distance <= 2 && (best === null || distance < best.distance)) best = { name, distance };
  }
  return best?.name ?? null;
}
