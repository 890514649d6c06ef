/**
 * One input's sheets, taken one at a time as the parser builds them (issue 13): each is
 * checked against the schema, and for JSON and NDJSON output made into its final JSON text
 * (with its positions when asked) and set aside in a store, so that neither the sheets nor
 * the Document are ever whole in memory. What only the end of the file decides — each
 * 事業's `policyIndex`, and whether the Document passes its schema check at all (if not,
 * none of it is written: a fatal Document takes its place) — is applied when the Document
 * is written.
 */
import type { ParseOptions, ParseResult, SheetConsumer } from "../parse.js";
import type { SheetEntry } from "../model/build-document.js";
import type { Locations } from "../model/locations.js";
import type { Document } from "../model/schema.js";
import type { Diagnostics } from "../check/diagnostic-list.js";
import type { Origins } from "../input/origins.js";
import { withPositions } from "../emit/positions.js";
import { listTexts, type DocumentTexts } from "../emit/json.js";
import { SheetwiseValidation } from "../model/validate-sheets.js";
import type { ValidatedDocument } from "../model/validate-document.js";
import { SheetStore } from "./sheet-store.js";

/**
 * How the sheets will be written: JSON's indent, and the positions they carry: on every
 * object (`--positions`, and checked with them), on the sheet alone (the report's page,
 * which places diagnostics by the sheets' lines; checked without), or none.
 */
export interface SheetOutput {
  indent: 0 | 2;
  positions: "all" | "sheet" | "none";
  /** Characters of sheet JSON held in memory before it goes to a temporary file. */
  threshold: number;
  /**
   * Only for inputs of more than `threshold` characters (CSV and YAML, which read each
   * sheet's JSON back: for a small input that round trip costs more than the whole
   * Document's memory, about 20 % of the time of CSV over 5,000 small files).
   */
  onlyBig?: boolean;
}

/**
 * Characters of one input's sheet JSON held in memory before a temporary file takes them:
 * far above the usual input (a few sheets, a few KB), and little beside a big one's other data.
 */
const DEFAULT_SPOOL_THRESHOLD = 1 << 20;

/** The threshold forced by `SHEETPARSE_SPOOL_THRESHOLD` (characters, decimal digits), which lets tests force the temporary file with a small input. */
function forcedThreshold(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const forced = env["SHEETPARSE_SPOOL_THRESHOLD"];
  return forced !== undefined && /^\d+$/.test(forced) ? Number(forced) : undefined;
}

/** The threshold for a run: the forced one when set, else the default. */
export function spoolThreshold(env: Readonly<Record<string, string | undefined>>): number {
  return forcedThreshold(env) ?? DEFAULT_SPOOL_THRESHOLD;
}

/**
 * `parseOptions` with each input's sheets taken by a StreamedSheets that writes `output`
 * (null: only checked, as `check` needs). With `--profile auto` the parser takes up the
 * consumer only for a big input (`ParseOptions.autoWholeLimit`); a forced threshold lowers
 * that limit too, so that tests reach that path with a small input.
 */
export function withStreamedSheets(parseOptions: ParseOptions, output: SheetOutput | null, env: Readonly<Record<string, string | undefined>>): ParseOptions {
  const forced = forcedThreshold(env);
  const limit = forced !== undefined && parseOptions.autoProfiles ? { autoWholeLimit: forced } : {};
  const consumer = ({ origins, chars }: { origins?: Origins; chars: number }): StreamedSheets | undefined =>
    output?.onlyBig === true && chars <= output.threshold ? undefined : new StreamedSheets(output, origins);
  return { ...parseOptions, ...limit, sheetConsumer: consumer };
}

/**
 * Whether a result's diagnostics are to be made one at a time as they are read (a
 * DiagnosticList) rather than held: only when its sheets were taken as they were read, it has
 * rules' findings (not a fatal result), and its text is over `threshold` characters. A small
 * input's findings, which hold pieces of its text, cost more than its diagnostics, and made
 * twice they cost time: over 10,000 small files `check` rose from 152 to 197 MiB and NDJSON
 * from 150 to 166 MiB (issue 13).
 */
export function diagnosticsMadeAsRead(result: ParseResult, threshold: number): boolean {
  return result.sheets instanceof StreamedSheets && !result.fatal && result.model !== null && result.lines.text.length > threshold;
}

/** Where `"policyIndex": null` holds its value, in a project's JSON as JSON.stringify makes it. */
function policyIndexAt(text: string, indent: 0 | 2): number {
  // The key can only be the project's own: inside a JSON string every `"` is escaped, and no
  // object below a project has this key. The value is null until the file's end links it.
  const key = indent === 0 ? '"policyIndex":' : '"policyIndex": ';
  const at = text.indexOf(key);
  if (at < 0 || !text.startsWith("null", at + key.length)) throw new Error("a 事業's JSON has no unlinked policyIndex");
  return at + key.length;
}

export class StreamedSheets implements SheetConsumer {
  private readonly validation = new SheetwiseValidation();
  private readonly policies: SheetStore | null;
  private readonly projects: SheetStore | null;
  /** For each stored 事業 text, where its policyIndex value (`null`) stands. */
  private readonly linkAt: number[] = [];
  private policyCount = 0;
  private projectCount = 0;
  /** Each 事業's policyIndex, known at the end of the file. */
  private links: readonly (number | null)[] = [];
  /** The Document's diagnostics when they are made one at a time as they are written (see finish). */
  private diagnostics: Diagnostics | null = null;

  /** `output` null: the sheets are only checked (`check`), not kept. */
  constructor(private readonly output: SheetOutput | null, private readonly origins?: Origins) {
    this.policies = output ? new SheetStore(output.threshold) : null;
    this.projects = output ? new SheetStore(output.threshold) : null;
  }

  /** How many sheets were taken: the Document's counts, which its own lists no longer give. */
  get counts(): { policies: number; projects: number } {
    return { policies: this.policyCount, projects: this.projectCount };
  }

  /** The stores, for tests: whether each went to a file, and which. */
  get stores(): readonly SheetStore[] {
    return this.policies && this.projects ? [this.policies, this.projects] : [];
  }

  sheet(entry: SheetEntry, locations: Locations): void {
    const { output } = this;
    // The sheet as it will be emitted, and as the schema check must see it.
    const emitted = <T extends object>(sheet: T): T => {
      if (output?.positions === "all") return withPositions(sheet, locations, this.origins);
      const line = output?.positions === "sheet" ? locations.line(sheet) : undefined;
      return line === undefined ? sheet : { ...sheet, line };
    };
    const checked = <T extends object>(sheet: T, emitted: T): T => (output?.positions === "all" ? emitted : sheet);
    if (entry.kind === "policy") {
      this.policyCount++;
      const policy = emitted(entry.policy);
      this.validation.policy(checked(entry.policy, policy));
      if (output) this.policies?.add(JSON.stringify(policy, null, output.indent));
      return;
    }
    this.projectCount++;
    const project = emitted(entry.project);
    this.validation.project(checked(entry.project, project));
    if (!output) return;
    const text = JSON.stringify(project, null, output.indent);
    this.linkAt.push(policyIndexAt(text, output.indent));
    this.projects?.add(text);
  }

  /**
   * The verdict on the Document, of which `rest` is all but the sheets taken here; `links`
   * are each 事業's policyIndex (the model's, in source order), for the texts. `diagnostics`,
   * when given, are the Document's (`rest` has none then): each is made and checked here,
   * and made again as its JSON is written (see texts), so that they are never all in memory.
   */
  finish(rest: Document, links: readonly (number | null)[], diagnostics?: Diagnostics): ValidatedDocument {
    this.links = links;
    if (diagnostics !== undefined) {
      if (rest.diagnostics.length > 0) throw new Error("StreamedSheets: diagnostics given both in the Document and apart");
      for (const diagnostic of diagnostics) this.validation.diagnostic(diagnostic);
      this.diagnostics = diagnostics;
    }
    return this.validation.finish(rest);
  }

  /**
   * The lists' texts for the JSON writer: the sheets, each 事業's `policyIndex` set from the
   * links `finish` was given, and the diagnostics when `finish` was given them.
   */
  texts(): DocumentTexts {
    const { policies, projects, linkAt, links, diagnostics, output } = this;
    if (!policies || !projects) throw new Error("StreamedSheets: the sheets were only checked, not kept");
    return {
      policies: { count: policies.count, texts: () => policies.read() },
      projects: {
        count: projects.count,
        *texts() {
          let index = 0;
          for (const text of projects.read()) {
            const at = linkAt[index] ?? 0;
            const link = links[index] ?? null;
            index++;
            yield `${text.slice(0, at)}${String(link)}${text.slice(at + 4)}`;
          }
        },
      },
      ...(diagnostics && output ? { diagnostics: listTexts(diagnostics.length, () => diagnostics, output.indent) } : {}),
    };
  }

  /** Lets go of the texts and removes any temporary file. Never throws; idempotent. */
  remove(): void {
    this.policies?.remove();
    this.projects?.remove();
  }
}
