/** Every reporter, by name; the type makes the registry complete. */
import type { Reporter, ReporterName, ReporterPieces } from "./types.js";
import { stylish, stylishPieces } from "./reporters/stylish.js";
import { json, jsonPieces } from "./reporters/json.js";
import { github, githubPieces } from "./reporters/github.js";
import { sarif, sarifPieces } from "./reporters/sarif.js";
import { junit } from "./reporters/junit.js";

export const reporters = { stylish, json, github, sarif, junit } as const satisfies Record<ReporterName, Reporter>;

/**
 * The reporters' texts in pieces, for `check` to write as they come: stylish, JSON, GitHub
 * and SARIF piece by piece, so that a big file's report is never one string (issue 13);
 * JUnit is not streamed yet, and comes in one piece.
 */
export const reporterPieces = {
  stylish: stylishPieces,
  json: jsonPieces,
  github: githubPieces,
  sarif: sarifPieces,
  junit: (context) => [junit(context)],
} as const satisfies Record<ReporterName, ReporterPieces>;
