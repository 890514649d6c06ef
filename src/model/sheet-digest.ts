/**
 * What a reading of a file gives as data — its 施策 sheets, its 事業 sheets with their links,
 * its unrecognised lines — as a digest, made sheet by sheet as they are read, so that two
 * readings can be compared without either keeping its sheets (`--profile auto` on a big
 * file, issue 13). Two readings have the same digests exactly when the JSON of
 * `[policies, projects, unrecognized]` is the same, bar a SHA-256 collision.
 */
import { createHash, type Hash } from "node:crypto";
import type { ModelParts, SheetEntry } from "./build-document.js";

export class SheetDigest {
  private readonly policies: Hash = createHash("sha256");
  private readonly projects: Hash = createHash("sha256");

  /** One sheet, as it is read (a 事業's policyIndex is still null: the links come at the end). */
  sheet(entry: SheetEntry): void {
    // Each text is one JSON value, so their sequence is unambiguous without separators; a newline keeps it readable.
    if (entry.kind === "policy") this.policies.update(`${JSON.stringify(entry.policy)}\n`);
    else this.projects.update(`${JSON.stringify(entry.project)}\n`);
  }

  /** The digest of the whole reading, once its model is finished: the links and unrecognised lines join the sheets'. */
  finish(model: Pick<ModelParts, "links" | "unrecognized">): string {
    const rest = JSON.stringify([model.links, model.unrecognized]);
    return `${this.policies.digest("hex")} ${this.projects.digest("hex")} ${createHash("sha256").update(rest).digest("hex")}`;
  }
}
