/**
 * The predicate derived from documentSchema (quick-check.ts) says what zod says: on every
 * Document of the fixtures, and on those Documents broken one place at a time in every way
 * a bug could break them. It must never accept what zod refuses (a broken Document would be
 * emitted); it refusing what zod accepts would only cost time, and does not happen either.
 * `npm test` breaks a thousand Documents; `npm run test:long` SHEETPARSE_PROPERTY_RUNS.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parse, parseDetailed, type Document } from "../../src/index.js";
import { addPositions } from "../../src/emit/positions.js";
import { documentSchema } from "../../src/model/schema.js";
import { quickCheckOf, type QuickCheck } from "../../src/model/quick-check.js";
import { listFixtures } from "../helpers/fixtures.js";

const RUNS = Number(process.env["SHEETPARSE_PROPERTY_RUNS"] ?? 0) || undefined;

function derived(): QuickCheck {
  const check = quickCheckOf(documentSchema);
  if (check === null) throw new Error("no predicate for documentSchema");
  return check;
}

const accepts = derived();
const zodAccepts = (value: unknown): boolean => documentSchema.safeParse(value).success;

/** Every fixture's Document, and the same with --positions. */
function documents(): Document[] {
  return listFixtures().flatMap((fixture) => {
    const bytes = readFileSync(fixture.textPath);
    const result = parseDetailed(bytes, { path: fixture.textPath });
    const document = parse(bytes, { path: fixture.textPath });
    return result.model ? [document, addPositions(document, result.model.locations)] : [document];
  });
}

/** Every place in a value where something can be changed: an object's key or an array's index. */
function placesIn(value: unknown): { holder: Record<string, unknown> | unknown[]; key: string | number }[] {
  const places: { holder: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        places.push({ holder: node, key: index });
        walk(item);
      });
    } else if (typeof node === "object" && node !== null) {
      for (const [key, item] of Object.entries(node)) {
        places.push({ holder: node as Record<string, unknown>, key });
        walk(item);
      }
    }
  };
  walk(value);
  return places;
}

/** What a bug might leave in a place. */
const REPLACEMENTS: readonly unknown[] = [
  undefined, null, NaN, Infinity, -Infinity, -1, 0, -0, 1, 1.5, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, "", "x", "value", "actual", "utf-8",
  true, false, {}, [], [null], { raw: "1", status: "value", value: 1, unit: null }, Object.create({ inherited: 1 }) as unknown,
];

type Change = { kind: "replace"; with: number } | { kind: "delete" } | { kind: "addKey"; key: string };

function applyChange(document: Document, at: number, change: Change): Document {
  const copy = structuredClone(document);
  const places = placesIn(copy);
  const place = places[at % Math.max(places.length, 1)];
  if (!place) return copy;
  const { holder, key } = place;
  if (change.kind === "replace") (holder as Record<string | number, unknown>)[key] = REPLACEMENTS[change.with % REPLACEMENTS.length];
  else if (change.kind === "delete") Reflect.deleteProperty(holder, key);
  else {
    const target = (holder as Record<string | number, unknown>)[key];
    if (typeof target === "object" && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)[change.key] = 1;
  }
  return copy;
}

describe("the predicate derived from documentSchema", () => {
  const all = documents();

  it("accepts every Document the fixtures give, as zod does", () => {
    expect(all.length).toBeGreaterThan(10);
    for (const document of all) {
      expect(zodAccepts(document)).toBe(true);
      expect(accepts(document)).toBe(true);
    }
  });

  it("judges a Document broken in one place as zod does", () => {
    const change = fc.oneof(
      fc.nat().map((n): Change => ({ kind: "replace", with: n })),
      fc.constant<Change>({ kind: "delete" }),
      fc.constantFrom("extra", "line", "page", "yen", "__proto__", "constructor").map((key): Change => ({ kind: "addKey", key })),
    );
    fc.assert(
      fc.property(fc.nat({ max: all.length - 1 }), fc.nat(), change, (which, at, how) => {
        const broken = applyChange(all[which] ?? all[0] as Document, at, how);
        expect(accepts(broken)).toBe(zodAccepts(broken));
      }),
      { numRuns: RUNS ?? 1000 },
    );
  });

  it("refuses what is no Document at all", () => {
    for (const value of [null, undefined, 1, "x", [], {}, { schemaVersion: 1 }]) expect(accepts(value)).toBe(false);
  });
});

describe("deriving a predicate", () => {
  it.each<[string, z.core.$ZodType]>([
    ["a string check", z.strictObject({ name: z.string().min(1) })],
    ["a refinement", z.number().refine((n) => n !== 3)],
    ["a default", z.strictObject({ n: z.number().default(1) })],
    ["a union", z.union([z.string(), z.number()])],
    ["an int32 format", z.int32()],
    ["a loose catchall", z.object({ a: z.string() }).catchall(z.number())],
    ["an exact optional", z.strictObject({ a: z.exactOptional(z.string()) })],
    ["an array length", z.array(z.string()).min(1)],
  ])("gives none for %s, so that zod checks everything", (_name, schema) => {
    expect(quickCheckOf(schema)).toBeNull();
  });

  it.each<[string, z.core.$ZodType, unknown[], unknown[]]>([
    ["integers", z.number().int().nonnegative(), [0, 3, Number.MAX_SAFE_INTEGER], [-1, 1.5, 2 ** 53, NaN, Infinity, "1"]],
    ["z.int()", z.int(), [0, -3, Number.MIN_SAFE_INTEGER], [1.5, 2 ** 53, NaN]],
    ["bounds", z.number().min(-2).max(2), [-2, 0, 2], [-2.5, 3]],
    ["positive", z.number().positive(), [1e-9, 5], [0, -0, -1]],
    ["a literal", z.literal(1), [1], [2, "1"]],
    ["an enum", z.enum(["a", "b"]), ["a", "b"], ["c", undefined]],
    ["optional keys", z.strictObject({ a: z.string().optional() }), [{}, { a: undefined }, { a: "x" }], [{ a: 1 }, { b: 1 }, null, []]],
    ["a loose object", z.object({ a: z.string() }), [{ a: "x", b: 1 }], [{}, { a: null }]],
    ["nullable arrays", z.array(z.number().nullable()), [[], [null, 1]], [[undefined], [NaN], {}]],
  ])("imitates zod on %s", (_name, schema, good, bad) => {
    const check = quickCheckOf(schema);
    expect(check).not.toBeNull();
    for (const value of [...good, ...bad]) expect(check?.(value)).toBe(z.safeParse(schema, value).success);
    for (const value of good) expect(check?.(value)).toBe(true);
  });
});
