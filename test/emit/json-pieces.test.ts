import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentJsonPieces } from "../../src/emit/json.js";
import { parse } from "../../src/index.js";
import { listFixtures } from "../helpers/fixtures.js";

describe("documentJsonPieces", () => {
  it.each(listFixtures())("$name: the pieces join to JSON.stringify, indented and compact", ({ textPath }) => {
    const document = parse(readFileSync(textPath), { path: textPath });
    expect([...documentJsonPieces(document, 2)].join("")).toBe(JSON.stringify(document, null, 2));
    expect([...documentJsonPieces(document, 0)].join("")).toBe(JSON.stringify(document));
    const inArray = JSON.stringify([document], null, 2);
    expect(`[\n  ${[...documentJsonPieces(document, 2, "  ")].join("")}\n]`).toBe(inArray);
  });
});
