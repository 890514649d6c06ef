/** `sheetparse schema`: the JSON Schema of the output (or, with --profile, of the profile file format), generated from zod. */
import { z } from "zod";
import { documentSchema } from "../../model/schema.js";
import { profileFileSchema } from "../../profile/schema.js";
import type { CliIo } from "../cli-io.js";

export function documentJsonSchema(): unknown {
  return z.toJSONSchema(documentSchema, { target: "draft-2020-12" });
}

export function profileJsonSchema(): unknown {
  return z.toJSONSchema(profileFileSchema, { target: "draft-2020-12" });
}

export function runSchemaCommand(io: CliIo, options: { profile: boolean }): number {
  const schema = options.profile ? profileJsonSchema() : documentJsonSchema();
  io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}
