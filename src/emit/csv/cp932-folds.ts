/**
 * Characters iconv-lite would write as `?` although CP932 has the character Japanese
 * users mean: CP932 files decode 0x815C to U+2015 (not U+2014), and so on
 * (shared/NOTES.md). `¥` goes to the fullwidth yen, not to 0x5C, which reads back as `\`.
 * Kept apart from encode.ts so that formula neutralisation (cell.ts) can see what CP932
 * output turns a character into without loading iconv-lite.
 */
export const CP932_FOLDS: ReadonlyMap<string, string> = new Map([
  ["\u2014", "\u2015"], // — → ―
  ["\u301C", "\uFF5E"], // 〜 → ～
  ["\u2212", "\uFF0D"], // − → －
  ["\u00A2", "\uFFE0"], // ¢ → ￠
  ["\u00AC", "\uFFE2"], // ¬ → ￢
  ["\u2016", "\u2225"], // ‖ → ∥
  ["\u00A5", "\uFFE5"], // ¥ → ￥
]);
