/**
 * Property tests for issue 15's input mutations (fast-check): BOM variants on sheets, and
 * alias-heavy YAML for profiles and configs. `npm test` runs a few hundred cases per
 * property; `npm run test:long` sets SHEETPARSE_PROPERTY_RUNS=100000.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "../../src/cli/config-file.js";
import { loadProfile, parse } from "../../src/index.js";
import { documentSchema } from "../../src/model/schema.js";
import { sheetArb } from "../helpers/sheet-generator.js";

const RUNS = Number(process.env["SHEETPARSE_PROPERTY_RUNS"] ?? 0) || undefined;
const runs = (quick: number) => ({ numRuns: RUNS ?? quick });

/** The data of a document apart from its source block. */
function data(document: ReturnType<typeof parse>): string {
  return JSON.stringify({ ...document, source: null });
}

/** UTF-32 by hand: iconv-lite's codec would hide a BOM mistake of ours behind one of its own. */
function utf32(text: string, littleEndian: boolean): Buffer {
  const points = Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
  const out = Buffer.alloc(4 * (points.length + 1));
  const put = (value: number, at: number) => (littleEndian ? out.writeUInt32LE(value, at) : out.writeUInt32BE(value, at));
  put(0xfeff, 0);
  points.forEach((point, i) => put(point, 4 * (i + 1)));
  return out;
}

type Variant = { name: string; encode: (text: string) => Buffer; expect: "same" | "utf32" };

const BOM_VARIANTS: readonly Variant[] = [
  { name: "UTF-8 BOM", encode: (t) => Buffer.from(`\uFEFF${t}`, "utf8"), expect: "same" },
  { name: "UTF-16LE BOM", encode: (t) => iconv.encode(t, "utf-16le", { addBOM: true }), expect: "same" },
  { name: "UTF-16BE BOM", encode: (t) => iconv.encode(t, "utf-16be", { addBOM: true }), expect: "same" },
  { name: "doubled UTF-8 BOM", encode: (t) => Buffer.from(`\uFEFF\uFEFF${t}`, "utf8"), expect: "same" },
  { name: "doubled UTF-16LE BOM", encode: (t) => iconv.encode(`\uFEFF${t}`, "utf-16le", { addBOM: true }), expect: "same" },
  { name: "doubled UTF-16BE BOM", encode: (t) => iconv.encode(`\uFEFF${t}`, "utf-16be", { addBOM: true }), expect: "same" },
  { name: "UTF-32LE BOM", encode: (t) => utf32(t, true), expect: "utf32" },
  { name: "UTF-32BE BOM", encode: (t) => utf32(t, false), expect: "utf32" },
];

describe("BOM variants on sheets", () => {
  it("a supported BOM, once or twice, gives the data of plain UTF-8; a UTF-32 BOM is refused at 1:1", () => {
    fc.assert(
      fc.property(sheetArb, fc.constantFrom(...BOM_VARIANTS), ({ text }, variant) => {
        const expected = data(parse(Buffer.from(text, "utf8")));
        const document = parse(variant.encode(text));
        expect(documentSchema.safeParse(document).success).toBe(true);
        if (variant.expect === "same") {
          expect(document.source.bom).toBe(true);
          expect(data(document)).toBe(expected);
        } else {
          expect(document.diagnostics).toEqual([expect.objectContaining({ ruleId: "fatal", messageId: "undecodable", line: 1, column: 1, message: expect.stringMatching(/^UTF-32(LE|BE) is not supported/) })]);
        }
      }),
      runs(100),
    );
  });

  it("any bytes after any BOM never throw and always validate", () => {
    const boms = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0x00, 0x00], [0x00, 0x00, 0xfe, 0xff]];
    fc.assert(
      fc.property(fc.constantFrom(...boms), fc.constantFrom(...boms, []), fc.uint8Array({ maxLength: 300 }), (first, second, rest) => {
        const document = parse(Buffer.concat([Buffer.from(first), Buffer.from(second), rest]));
        expect(documentSchema.safeParse(document).success).toBe(true);
        for (const diagnostic of document.diagnostics) if (diagnostic.ruleId === "fatal") expect(diagnostic.line).toBeGreaterThanOrEqual(1);
      }),
      runs(500),
    );
  });
});

const dir = mkdtempSync(join(tmpdir(), "sheetparse-yaml-property-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;

function writeYaml(text: string): string {
  const path = join(dir, `f${fileCount++}.yaml`);
  writeFileSync(path, text);
  return path;
}

/**
 * Alias-heavy YAML: anchored lists whose items are aliases of earlier anchors (the shape of a
 * bomb), mixed with pieces of real profiles and configs, merge keys, undefined aliases and
 * broken brackets, so that both the bound and the parser's own errors are reached.
 */
const anchoredLists = fc
  .array(fc.array(fc.oneof(fc.nat({ max: 20 }), fc.constant(-1)), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 })
  .map((lists) => lists.map((items, i) => `k${i}: &a${i} [${items.map((j) => (j < 0 || i === 0 ? "x" : `*a${j % i}`)).join(", ")}]\n`).join(""));
const yamlPiece = fc.oneof(
  { weight: 3, arbitrary: anchoredLists },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "name: p\n", "extends: reference\n", "extends: none\n", "extras: &e [根拠法令]\n", "extras: *e\n", "detect: *a1\n",
      "labels:\n  description:\n    name: &n [事務事業名]\n", "    department: *n\n", "rules: &r\n  mixed-punctuation: off\n", "maxWarnings: *a0\n",
      "<<: *a2\n", "x: *undefined\n", "y: [*a1, *a1\n", "&a3 z: 1\n", "? *a4\n", "- *a5\n", "rules: { target-not-met: *a6 }\n", "\t\n", "",
    ),
  },
);
const aliasYaml = fc.oneof(
  anchoredLists.map((lists) => `name: p\nextends: reference\n${lists}`),
  fc.array(yamlPiece, { maxLength: 6 }).map((pieces) => pieces.join("")),
);

/** `path:line:column: message`: the only shape a failed load may have here. */
function located(path: string): RegExp {
  return new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+: `);
}

describe("alias-heavy YAML", () => {
  it("a profile loads, or fails with a position; it never throws", async () => {
    await fc.assert(
      fc.asyncProperty(aliasYaml, async (text) => {
        const path = writeYaml(text);
        const loaded = await loadProfile(path);
        if (!loaded.ok) expect(loaded.message).toMatch(located(path));
      }),
      runs(150),
    );
  });

  it("a config loads, or fails with positioned messages; it never throws", async () => {
    await fc.assert(
      fc.asyncProperty(aliasYaml, async (text) => {
        const path = writeYaml(text);
        const loaded = await loadConfigFile(path);
        if (!loaded.ok) for (const message of loaded.messages) expect(message).toMatch(located(path));
      }),
      runs(150),
    );
  });
});
