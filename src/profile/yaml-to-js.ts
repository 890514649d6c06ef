/**
 * A parsed YAML document → plain data, with aliases bounded (issue 15, item 3). A few lines
 * of nested aliases (`b: [*a, *a, …]`, `c: [*b, *b, …]`) expand to billions of nodes; the
 * yaml package stops them with a ReferenceError that named no place and escaped as an
 * internal error. Here it becomes a message at the first alias of the file; so does an alias
 * used before its anchor, which the yaml package also reports only by throwing.
 */
import type { Document, LineCounter } from "yaml";
import { renderProfileError, type ProfileError, type ProfileProblem } from "../messages/profile.js";

type Yaml = typeof import("yaml");

/**
 * How many alias expansions (weighted by the aliases inside what they expand) a file may
 * make: the yaml package's own default, stated so that it cannot change under us. Profiles
 * and configs need few aliases, if any.
 */
export const MAX_ALIAS_COUNT = 100;

/** `message`: `error` in English. */
export type ToJsResult = { ok: true; value: unknown } | { ok: false; message: string; error: ProfileError };

/** Offset of the first alias node of the document (of the first alias of `name`, when given), or 0. */
function firstAliasOffset(yaml: Yaml, document: Document, name?: string): number {
  let offset = 0;
  yaml.visit(document, {
    Alias(_key, node) {
      if (name !== undefined && node.source !== name) return undefined;
      offset = node.range?.[0] ?? 0;
      return yaml.visit.BREAK;
    },
  });
  return offset;
}

function hasAnchor(yaml: Yaml, document: Document, name: string): boolean {
  let found = false;
  yaml.visit(document, (_key, node) => {
    if (yaml.isNode(node) && !yaml.isAlias(node) && node.anchor === name) {
      found = true;
      return yaml.visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/** The anchor name of yaml's "Unresolved alias (…): NAME" error (an alias before its anchor), or null. */
function unresolvedAlias(error: unknown): string | null {
  if (!(error instanceof ReferenceError) || !error.message.startsWith("Unresolved alias")) return null;
  return error.message.slice(error.message.lastIndexOf(":") + 1).trim();
}

/** `document.toJS(options)` that reports instead of throwing; `file` and `counter` place the message. */
export function toJsBounded(yaml: Yaml, document: Document, counter: LineCounter, file: string, options: { mapAsMap?: boolean } = {}): ToJsResult {
  try {
    return { ok: true, value: document.toJS({ ...options, maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    const unresolved = unresolvedAlias(error);
    const { line, col } = counter.linePos(firstAliasOffset(yaml, document, unresolved ?? undefined));
    const problem: ProfileProblem =
      unresolved !== null
        ? { id: hasAnchor(yaml, document, unresolved) ? "aliasBeforeAnchor" : "aliasWithoutAnchor", data: { name: unresolved } }
        : error instanceof ReferenceError && error.message.startsWith("Excessive alias count")
          ? { id: "tooManyAliases", data: { max: MAX_ALIAS_COUNT } }
          : { id: "cannotReadYaml", data: { detail: (error as Error).message } };
    const located: ProfileError = { at: `${file}:${line}:${col}`, problem };
    return { ok: false, message: renderProfileError("en", located), error: located };
  }
}
