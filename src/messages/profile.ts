/**
 * Profile errors (`--profile`, src/profile) as ids with data at a place of the file, worded
 * where the CLI prints them; the YAML ids serve the config file too. English is what
 * sheetparse has always printed. The YAML library's and zod's own words stay English, as a
 * detail inside the frame.
 */
import { renderProblem, type Empty, type Problem, type ProblemCatalogue } from "./problem.js";
import { renderReason, type Reason } from "./reasons.js";
import type { Lang } from "./types.js";

/** Who a profile word belongs to: a section's marker, a label (`yearBlock.budget`), or an extras label. */
export type WordOwner = { kind: "section"; section: string } | { kind: "label"; context: string; key: string } | { kind: "extra" };

export interface ProfileParams {
  /** Several `--profile` without `auto`. */
  oneProfile: Empty;
  unknownProfile: { name: string; builtins: readonly string[] };
  isDirectory: Empty;
  unreadable: { reason: Reason };
  /** The decoder's (English) detail; the place is in the frame. */
  undecodable: { detail: string };
  /** A YAML parser limit (nesting too deep): its English words. */
  cannotReadYaml: { detail: string };
  /** The YAML library's first complaint, in its English words. */
  yamlSyntax: { detail: string };
  aliasBeforeAnchor: { name: string };
  aliasWithoutAnchor: { name: string };
  tooManyAliases: { max: number };
  invalidProfile: Empty;
  /** `extends` is missing. */
  missingBase: Empty;
  unknownKey: { key: string };
  /** zod's (English) complaint about a value. */
  badShape: { detail: string };
  extendsTooDeep: { max: number };
  extendsCycle: { target: string };
  /** The profile this one extends has an error of its own. */
  inExtended: { inner: ProfileError };
  /** `remove` of a word the base list does not hold; `base` is that list. */
  cannotRemove: { word: string; base: readonly string[] };
  /** One word for two sections or two labels read at the same place. */
  wordConflict: { word: string; first: WordOwner; second: WordOwner };
}

export type ProfileProblem = Problem<ProfileParams>;

/**
 * A problem and where: `at` is `file:line:column` (or the file; null when there is no file),
 * `key` the setting's dotted path in the file (`labels.description.name`).
 */
export interface ProfileError {
  at: string | null;
  key?: string;
  problem: ProfileProblem;
}

const ownerEn = (owner: WordOwner): string => (owner.kind === "section" ? `the ${owner.section} section` : owner.kind === "label" ? `${owner.context}.${owner.key}` : "an extras label");
const ownerJa = (owner: WordOwner): string => (owner.kind === "section" ? `${owner.section} の見出し` : owner.kind === "label" ? `${owner.context}.${owner.key}` : "extras の項目");
const listed = (words: readonly string[]): string => words.map((word) => `"${word}"`).join(", ");

const en: ProblemCatalogue<ProfileParams> = {
  oneProfile: () => "give one --profile, or several together with --profile auto",
  unknownProfile: ({ name, builtins }) => `unknown profile "${name}" (built-in profiles: ${builtins.join(", ")}; or give a YAML profile file)`,
  isDirectory: () => "is a directory, not a profile file",
  unreadable: ({ reason }) => renderReason("en", reason),
  undecodable: ({ detail }) => detail,
  cannotReadYaml: ({ detail }) => `cannot read this YAML (${detail})`,
  yamlSyntax: ({ detail }) => detail,
  aliasBeforeAnchor: ({ name }) => `alias *${name} comes before its anchor &${name}`,
  aliasWithoutAnchor: ({ name }) => `alias *${name} has no anchor &${name}`,
  tooManyAliases: ({ max }) => `aliases expand to too much data (more than ${max} expansions): write the values out`,
  invalidProfile: () => "invalid profile",
  missingBase: () => `say which profile this one builds on: "extends: reference" (the reference template's words), "extends: none" (no words at all), or a profile file`,
  unknownKey: ({ key }) => `unknown key "${key}"`,
  badShape: ({ detail }) => detail,
  extendsTooDeep: ({ max }) => `extends chains more than ${max} profiles`,
  extendsCycle: ({ target }) => `extends ${target}, which extends this profile again (a cycle)`,
  inExtended: ({ inner }) => `in extended profile: ${renderProfileError("en", inner)}`,
  cannotRemove: ({ word, base }) => `cannot remove "${word}": the base profile has no such word here (it has ${base.length === 0 ? "none" : listed(base)})`,
  wordConflict: ({ word, first, second }) =>
    `"${word}" is already the word for ${ownerEn(first)}; one word cannot stand for ${ownerEn(first)} and ${ownerEn(second)} (remove it from the one with { remove: [${word}] })`,
};

const ja: ProblemCatalogue<ProfileParams> = {
  oneProfile: () => "--profile は一つだけ指定してください（複数指定できるのは --profile auto と一緒のときです）",
  unknownProfile: ({ name, builtins }) => `プロファイル "${name}" はありません（組み込みのプロファイル: ${builtins.join(", ")}。または YAML のプロファイルファイルを指定）`,
  isDirectory: () => "フォルダです。プロファイルのファイルではありません",
  unreadable: ({ reason }) => `プロファイルを読み込めません: ${renderReason("ja", reason)}`,
  undecodable: ({ detail }) => `プロファイルの文字コードを解読できません: ${detail}`,
  cannotReadYaml: ({ detail }) => `この YAML を読み取れません（${detail}）`,
  yamlSyntax: ({ detail }) => `YAML の書き方が正しくありません（${detail}）`,
  aliasBeforeAnchor: ({ name }) => `エイリアス *${name} がアンカー &${name} より前にあります`,
  aliasWithoutAnchor: ({ name }) => `エイリアス *${name} に当たるアンカー &${name} がありません`,
  tooManyAliases: ({ max }) => `エイリアスを展開するとデータが多すぎます（展開 ${max} 回まで）。値をそのまま書いてください`,
  invalidProfile: () => "プロファイルの形が正しくありません",
  missingBase: () => `どのプロファイルをもとにするか書いてください: "extends: reference"（参照様式の語）、"extends: none"（語なし）、またはプロファイルのファイル`,
  unknownKey: ({ key }) => `プロファイルに "${key}" というキーはありません`,
  badShape: ({ detail }) => `値の形が正しくありません（${detail}）`,
  extendsTooDeep: ({ max }) => `extends が ${max} 段を超えてつながっています`,
  extendsCycle: ({ target }) => `extends ${target} がこのプロファイルを再び extends しています（循環）`,
  inExtended: ({ inner }) => `extends したプロファイルの誤り: ${renderProfileError("ja", inner)}`,
  cannotRemove: ({ word, base }) =>
    `"${word}" は外せません: もとのプロファイルのここにその語はありません（${base.length === 0 ? "語はありません" : `あるのは ${listed(base)}`}）`,
  wordConflict: ({ word, first, second }) =>
    `"${word}" は既に ${ownerJa(first)} の語です。一つの語で ${ownerJa(first)} と ${ownerJa(second)} の両方は表せません（どちらかから { remove: [${word}] } で外してください）`,
};

export const profileCatalogues: Readonly<Record<Lang, ProblemCatalogue<ProfileParams>>> = { ja, en };

export function renderProfileProblem(lang: Lang, problem: ProfileProblem): string {
  return renderProblem(profileCatalogues, lang, problem);
}

/** `at: key: words`, each part when there is one. */
export function renderProfileError(lang: Lang, error: ProfileError): string {
  return `${error.at === null ? "" : `${error.at}: `}${error.key === undefined ? "" : `${error.key}: `}${renderProfileProblem(lang, error.problem)}`;
}
