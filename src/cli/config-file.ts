/**
 * `sheetparse.config.yaml`: found from the working directory upward (or named by --config),
 * validated with zod, and every problem reported with the file's line and column. The yaml
 * package is imported only when a config file exists, to keep start-up fast.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Document, LineCounter, Node as YamlNode } from "yaml";
import { readTextFile } from "../source/read-text.js";
import { toJsBounded } from "../profile/yaml-to-js.js";
import { CONFIG_SETTINGS, configFileSchema, describeConfigIssue, rulesOfConfigFile, type CheckConfig } from "../check/config.js";
import { RULE_IDS } from "../check/rule-ids.js";
import { usageMessages } from "../messages/usage.js";
import type { Lang } from "../messages/types.js";

export const CONFIG_FILE_NAME = "sheetparse.config.yaml";

/** The nearest config file from `cwd` upward, or null. */
export function findConfigFile(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export type ConfigLoad = { ok: true; config: CheckConfig } | { ok: false; messages: string[] };

type Yaml = typeof import("yaml");

/** The node a zod issue is about: the key itself for an unrecognised key, else the value at the path. */
function nodeAt(yaml: Yaml, doc: Document, path: readonly PropertyKey[], key?: string): YamlNode | null {
  const parent: unknown = path.length === 0 ? doc.contents : doc.getIn(path.map(String), true);
  if (key !== undefined && yaml.isMap(parent)) {
    const pair = parent.items.find((item) => yaml.isScalar(item.key) && String(item.key.value) === key);
    if (pair && yaml.isNode(pair.key)) return pair.key;
  }
  return yaml.isNode(parent) ? parent : null;
}

/** A located message; sorted by offset so the file reads top to bottom. */
interface Problem {
  offset: number;
  text: string;
}

function locate(path: string, offset: number | undefined, counter: LineCounter, message: string): Problem {
  if (offset === undefined) return { offset: -1, text: `${path}: ${message}` };
  const { line, col } = counter.linePos(offset);
  return { offset, text: `${path}:${line}:${col}: ${message}` };
}

/**
 * YAML maps → objects without a prototype, so that a `__proto__` or `constructor` key is an
 * own key like any other and zod reports it, instead of it changing the object's prototype.
 */
function toPlain(value: unknown): unknown {
  if (value instanceof Map) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [key, item] of value) out[String(key)] = toPlain(item);
    return out;
  }
  return Array.isArray(value) ? value.map(toPlain) : value;
}

/** zod passes over `__proto__` keys without a word, so they are looked for in the YAML itself. */
function protoKeyProblems(yaml: Yaml, doc: Document, path: string, counter: LineCounter, lang: Lang): Problem[] {
  const problems: Problem[] = [];
  const check = (node: unknown, message: string): void => {
    if (!yaml.isMap(node)) return;
    for (const pair of node.items) {
      if (yaml.isScalar(pair.key) && pair.key.value === "__proto__") problems.push(locate(path, pair.key.range?.[0], counter, message));
    }
  };
  check(doc.contents, usageMessages[lang].unknownSetting("__proto__", CONFIG_SETTINGS));
  check(doc.getIn(["rules"], true), usageMessages[lang].unknownRule("__proto__", RULE_IDS));
  return problems;
}

/**
 * Reads and validates a config file; problems come back as `path:line:column: message` lines,
 * in `lang` (the YAML parser's and the system's own details stay as they word them).
 */
export async function loadConfigFile(path: string, lang: Lang = "en"): Promise<ConfigLoad> {
  const say = usageMessages[lang];
  const read = readTextFile(path, "a config file");
  if (!read.ok) return { ok: false, messages: [read.code === null ? read.message : say.cannotReadConfig(path, read.reason)] };
  const yaml = await import("yaml");
  const counter = new yaml.LineCounter();
  let doc: Document;
  try {
    doc = yaml.parseDocument(read.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    // A parser limit (nesting deeper than the stack allows) is a bad file, not our bug.
    return { ok: false, messages: [say.cannotReadYaml(path, (error as Error).message)] };
  }
  const problems: Problem[] = doc.errors.map((error) => locate(path, error.pos[0], counter, error.message));
  if (problems.length === 0) {
    problems.push(...protoKeyProblems(yaml, doc, path, counter, lang));
    const data = toJsBounded(yaml, doc, counter, path, { mapAsMap: true });
    if (!data.ok) return { ok: false, messages: [data.message] };
    const parsed = configFileSchema.safeParse(toPlain(data.value) ?? {});
    if (parsed.success && problems.length === 0) {
      const config: CheckConfig = { rules: rulesOfConfigFile(parsed.data) };
      if (parsed.data.maxWarnings !== undefined) config.maxWarnings = parsed.data.maxWarnings;
      return { ok: true, config };
    }
    for (const issue of parsed.error?.issues ?? []) {
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
      for (const key of keys) problems.push(locate(path, nodeAt(yaml, doc, issue.path, key)?.range?.[0], counter, describeConfigIssue(issue, key, lang)));
    }
  }
  return { ok: false, messages: problems.sort((a, b) => a.offset - b.offset).map((problem) => problem.text) };
}
