/**
 * The encoding an HTML page declares: `<meta charset=…>` or `<meta http-equiv=Content-Type
 * content="…; charset=…">` within its first 1024 bytes (where the HTML standard looks). Many
 * municipal pages are Shift_JIS and say so only there.
 */
import type { EncodingName } from "../source/encoding-name.js";

const NAMES: ReadonlyMap<string, EncodingName> = new Map<string, EncodingName>([
  ["utf-8", "utf-8"],
  ["utf8", "utf-8"],
  ["shift_jis", "shift_jis"],
  ["shift-jis", "shift_jis"],
  ["sjis", "shift_jis"],
  ["x-sjis", "shift_jis"],
  ["windows-31j", "shift_jis"],
  ["cp932", "shift_jis"],
  ["ms932", "shift_jis"],
  ["euc-jp", "euc-jp"],
  ["x-euc-jp", "euc-jp"],
  ["utf-16le", "utf-16le"],
  ["utf-16be", "utf-16be"],
]);

/** The declared encoding, or null when there is none or sheetparse does not decode it. */
export function declaredCharset(bytes: Uint8Array): EncodingName | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).toLowerCase();
  let from = 0;
  for (;;) {
    const meta = head.indexOf("<meta", from);
    if (meta < 0) return null;
    const end = head.indexOf(">", meta);
    const tag = head.slice(meta, end < 0 ? head.length : end);
    const at = tag.indexOf("charset");
    if (at >= 0) {
      const name = readName(tag.slice(at + "charset".length));
      const encoding = NAMES.get(name);
      if (encoding) return encoding;
    }
    if (end < 0) return null;
    from = end;
  }
}

/** The word after `=` (quotes and spaces skipped). */
function readName(rest: string): string {
  let i = 0;
  while (i < rest.length && (rest[i] === " " || rest[i] === "=" || rest[i] === '"' || rest[i] === "'")) i++;
  let name = "";
  while (i < rest.length && /[\w.:-]/.test(rest[i] ?? "")) name += rest[i++];
  return name;
}
