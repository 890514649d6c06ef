/**
 * A plain predicate derived from a zod schema's own definition, so that the check of every
 * Document (validate-document.ts) costs a walk over it instead of zod's parse, which copies
 * every object it checks. The schema stays the single source: the predicate is built from
 * it when first needed, never written by hand.
 *
 * It accepts a value only where zod's parse would (the same tests, taken from zod 4's
 * parsers: a finite number, its integer and bound checks, enum values, required and
 * optional keys, unknown keys of a strict object); a value it rejects is then checked by
 * zod itself, which names the problem. A schema using anything else (a refinement, a
 * string format, a default …) gives no predicate, and zod checks everything as before.
 */
import type { z } from "zod";

type Schema = z.core.$ZodType;

/** True only for values the schema accepts. */
export type QuickCheck = (value: unknown) => boolean;

/** A part of a schema the predicate does not imitate. */
class Unsupported extends Error {}

function unsupported(what: string): never {
  throw new Unsupported(what);
}

/** The predicate of `schema`, or null when it uses a part this module does not imitate. */
export function quickCheckOf(schema: Schema): QuickCheck | null {
  try {
    return compile(schema);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/**
 * The checks zod runs on a schema's values: its def's, and the schema itself when it is one
 * (`z.int()`, `z.int32()`, `z.email()` carry their format so).
 */
function checksOf(schema: Schema): z.core.$ZodCheck<never>[] {
  const own = schema._zod.traits.has("$ZodCheck") ? [schema as unknown as z.core.$ZodCheck<never>] : [];
  return [...own, ...(schema._zod.def.checks ?? [])];
}

function withoutChecks(schema: Schema): void {
  if (checksOf(schema).length > 0) unsupported(`checks on ${schema._zod.def.type}`);
}

/** One of zod's number checks, as a test; what zod 4 does in checks.js for each. */
function numberTest(check: z.core.$ZodCheck<never>): (value: number) => boolean {
  const def = check._zod.def;
  if (def.when !== undefined) unsupported("a conditional check");
  switch (def.check) {
    case "number_format": {
      const format = (def as z.core.$ZodCheckNumberFormatDef).format;
      // safeint: Number.isInteger, then within ±(2^53 − 1); float64's range is every finite number.
      if (format === "safeint") return (value) => Number.isSafeInteger(value);
      if (format === "float64") return () => true;
      return unsupported(`number format ${format}`);
    }
    case "greater_than": {
      const { value: bound, inclusive } = def as z.core.$ZodCheckGreaterThanDef;
      if (typeof bound !== "number") return unsupported("a bound that is no number");
      return inclusive ? (value) => value >= bound : (value) => value > bound;
    }
    case "less_than": {
      const { value: bound, inclusive } = def as z.core.$ZodCheckLessThanDef;
      if (typeof bound !== "number") return unsupported("a bound that is no number");
      return inclusive ? (value) => value <= bound : (value) => value < bound;
    }
    default:
      return unsupported(`number check ${def.check}`);
  }
}

interface Field {
  key: string;
  check: QuickCheck;
  /** `.optional()`: the key may be absent (or hold undefined). */
  optional: boolean;
}

function compileObject(schema: Schema): QuickCheck {
  withoutChecks(schema);
  const def = schema._zod.def as z.core.$ZodObjectDef;
  const shape = def.shape;
  if (Object.getOwnPropertySymbols(shape).length > 0) unsupported("symbol keys");
  // No catchall: unknown keys are dropped, not refused. z.never(): a strict object refuses them.
  const catchall = def.catchall;
  if (catchall !== undefined && catchall._zod.def.type !== "never") unsupported("a catchall schema");
  const strict = catchall !== undefined;
  const keys = Object.keys(shape);
  if (keys.includes("__proto__")) unsupported("a __proto__ key");
  const fields: Field[] = keys.map((key) => {
    const field = shape[key] ?? unsupported(`no schema at ${key}`);
    return { key, check: compile(field), optional: field._zod.optin === "optional" && field._zod.optout === "optional" };
  });
  const known = new Set(keys);
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    for (const field of fields) {
      // zod asks `key in input`: a key absent from the object (and its prototypes) is missing.
      if (!(field.key in record)) {
        if (field.optional) continue;
        return false;
      }
      if (!field.check(record[field.key])) return false;
    }
    // zod lists unknown keys with `for … in`, inherited enumerable ones included.
    if (strict) for (const key in record) if (!known.has(key)) return false;
    return true;
  };
}

function compile(schema: Schema): QuickCheck {
  const internals = schema._zod;
  const def = internals.def;
  if ((def as { coerce?: boolean }).coerce === true) unsupported("coercion");
  switch (def.type) {
    case "string":
      withoutChecks(schema);
      return (value) => typeof value === "string";
    case "boolean":
      withoutChecks(schema);
      return (value) => typeof value === "boolean";
    case "number": {
      const tests = checksOf(schema).map(numberTest);
      return (value) => {
        if (typeof value !== "number" || !Number.isFinite(value)) return false;
        for (const test of tests) if (!test(value)) return false;
        return true;
      };
    }
    case "enum":
    case "literal": {
      withoutChecks(schema);
      const values = internals.values ?? unsupported(`${def.type} without values`);
      return (value) => values.has(value as never);
    }
    case "nullable": {
      withoutChecks(schema);
      const inner = compile((def as z.core.$ZodNullableDef).innerType);
      return (value) => value === null || inner(value);
    }
    case "optional": {
      withoutChecks(schema);
      // exactOptional() refuses undefined; a defaulted inner type substitutes a value.
      if (internals.traits.has("$ZodExactOptional")) unsupported("exactOptional");
      const innerType = (def as z.core.$ZodOptionalDef).innerType;
      if (innerType._zod.optin !== undefined) unsupported("optional of an optional or defaulted type");
      const inner = compile(innerType);
      return (value) => value === undefined || inner(value);
    }
    case "array": {
      withoutChecks(schema);
      const element = compile((def as z.core.$ZodArrayDef).element);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    case "object":
      return compileObject(schema);
    default:
      return unsupported(def.type);
  }
}
