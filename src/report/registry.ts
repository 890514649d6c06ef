/** Every reporter, by name; the type makes the registry complete. */
import type { Reporter, ReporterName } from "./types.js";
import { stylish } from "./reporters/stylish.js";
import { json } from "./reporters/json.js";
import { github } from "./reporters/github.js";
import { sarif } from "./reporters/sarif.js";
import { junit } from "./reporters/junit.js";

export const reporters = { stylish, json, github, sarif, junit } as const satisfies Record<ReporterName, Reporter>;
