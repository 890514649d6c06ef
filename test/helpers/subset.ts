/**
 * Subset comparison with the semantics of shared/tools/expect-subset.mjs: every key of
 * `expected` must be in `actual` with an equal value; arrays must have the same length;
 * numbers compare to 1e-9. Returns one line per difference.
 */
export function subsetDifferences(expected: unknown, actual: unknown, path = "$"): string[] {
  if (expected === null || typeof expected !== "object") {
    const same = typeof expected === "number" && typeof actual === "number" ? Math.abs(expected - actual) < 1e-9 : expected === actual;
    return same ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    const out = actual.length === expected.length ? [] : [`${path}: expected ${expected.length} items, got ${actual.length}`];
    expected.forEach((item, index) => out.push(...subsetDifferences(item, actual[index], `${path}[${index}]`)));
    return out;
  }
  if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
  const out: string[] = [];
  for (const [key, value] of Object.entries(expected)) out.push(...subsetDifferences(value, (actual as Record<string, unknown>)[key], `${path}.${key}`));
  return out;
}
