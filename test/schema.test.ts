/** Every emitted Document validates against the JSON Schema that `sheetparse schema` prints. */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { documentJsonSchema } from "../src/cli/commands/schema.js";
import { parseDetailed, parse } from "../src/index.js";
import { addPositions } from "../src/emit/positions.js";
import { documentSchema } from "../src/model/schema.js";
import { listFixtures } from "./helpers/fixtures.js";

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validate = ajv.compile(documentJsonSchema() as object);

describe("output schema", () => {
  it.each(listFixtures())("$name validates against the JSON Schema and the zod schema", ({ textPath }) => {
    const document = parse(readFileSync(textPath), { path: textPath });
    // parse would have replaced a Document that breaks the zod schema with a fatal one.
    expect(document.diagnostics.filter((d) => d.messageId === "invalidDocument")).toEqual([]);
    const ok = validate(JSON.parse(JSON.stringify(document)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(documentSchema.safeParse(document).success).toBe(true);
  });

  it.each(listFixtures())("$name with --positions still validates, and every object has a line", ({ textPath }) => {
    const result = parseDetailed(readFileSync(textPath), { path: textPath });
    if (!result.model) throw new Error("fatal");
    const document = addPositions(result.document, result.model.locations);
    expect(validate(JSON.parse(JSON.stringify(document)))).toBe(true);
    for (const project of document.projects) {
      expect(project.line).toBeGreaterThan(0);
      for (const year of project.years) expect(year.line).toBeGreaterThan(0);
    }
  });

  it("a fatal document validates too", () => {
    const document = parse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    expect(document.diagnostics[0]?.ruleId).toBe("fatal");
    expect(validate(JSON.parse(JSON.stringify(document)))).toBe(true);
  });
});
