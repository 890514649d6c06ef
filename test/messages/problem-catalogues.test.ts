/**
 * The catalogues of the CLI's own errors (reasons.ts, output.ts, profile.ts) word every id in
 * both languages; the sample types make the samples complete, so a new id without a sample,
 * or without an entry in one language, is a type error before it is a failure here.
 */
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/messages/index.js";
import type { ProblemCatalogue } from "../../src/messages/problem.js";
import { FIXED_REASON_IDS, reasonCatalogues, renderReason, type ReasonParams } from "../../src/messages/reasons.js";
import { outputCatalogues, type OutputParams } from "../../src/messages/output.js";
import { profileCatalogues, renderProfileError, type ProfileParams } from "../../src/messages/profile.js";
import { renderMessage } from "../../src/messages/index.js";

const none = {};
const denied = { id: "permissionDenied", data: none } as const;

const reasonSamples: ReasonParams = {
  system: { code: "EXDEV", words: "cross-device link not permitted" },
  noSuchFile: none,
  noSuchDirectory: none,
  isDirectory: none,
  notDirectory: none,
  notDirectoryInPath: none,
  existsNotDirectory: none,
  permissionDenied: none,
  symlinkLoop: none,
  nameTooLong: none,
  noFileName: none,
  brokenSymlink: { target: "../gone.txt" },
  notRegularFile: { kind: "characterDevice" },
  tooLarge: { limit: 256 * 1024 * 1024, what: "sheet" },
  cannotReadFile: { cause: "EIO" },
  cannotReadStdin: { cause: "EIO" },
  stdinIsDirectory: none,
  noTextFiles: none,
  noMatches: none,
  loopBack: { to: "sheets" },
  virtualFolder: { path: "/proc/1" },
  cannotReadFolder: { cause: "EIO" },
  unreachableSymlink: none,
  brokenLink: { target: null },
  unfollowableSymlink: { target: "x.txt", code: "EIO" },
  notRegularEntry: none,
  detail: { text: "an error's own words" },
};

const outputSamples: OutputParams = {
  cannotWrite: { path: "out.json", reason: denied, inFolder: true },
  cannotWriteOutput: { reason: { id: "system", data: { code: "ENOSPC", words: null } } },
  cannotWriteStdout: { reason: { id: "detail", data: { text: "boom" } } },
  cannotCreateDirectory: { path: "tables", reason: denied },
  cannotWriteTemp: { target: null, reason: denied },
  refuseOverwrite: { path: "s.txt", input: null },
};

const profileSamples: ProfileParams = {
  oneProfile: none,
  unknownProfile: { name: "nope", builtins: ["reference", "common"] },
  isDirectory: none,
  unreadable: { reason: { id: "tooLarge", data: { limit: 1024 * 1024, what: "profile" } } },
  undecodable: { detail: "invalid shift_jis byte sequence 0x81 0xFF" },
  cannotReadYaml: { detail: "Maximum call stack size exceeded" },
  yamlSyntax: { detail: "Implicit map keys need to be followed by map values" },
  aliasBeforeAnchor: { name: "a" },
  aliasWithoutAnchor: { name: "a" },
  tooManyAliases: { max: 100 },
  invalidProfile: none,
  missingBase: none,
  unknownKey: { key: "budgett" },
  badShape: { detail: "Expected array, received string" },
  extendsTooDeep: { max: 8 },
  extendsCycle: { target: "./a.yaml" },
  inExtended: { inner: { at: "b.yaml:2:10", problem: { id: "extendsCycle", data: { target: "./a.yaml" } } } },
  cannotRemove: { word: "事務事業名", base: ["事業名"] },
  wordConflict: { word: "指標名", first: { kind: "label", context: "targets", key: "indicator" }, second: { kind: "extra" } },
};

const tables = [
  ["reasons", reasonCatalogues, reasonSamples],
  ["output", outputCatalogues, outputSamples],
  ["profile", profileCatalogues, profileSamples],
] as const;

describe("the catalogues of the CLI's own errors", () => {
  it.each(tables)("%s: every id in both languages, one line, none empty, the languages differ", (_name, catalogues, samples) => {
    const ids = Object.keys(samples).sort();
    for (const lang of LANGS) expect(Object.keys(catalogues[lang]).sort()).toEqual(ids);
    for (const id of ids) {
      const texts = LANGS.map((lang) => (catalogues[lang] as unknown as ProblemCatalogue<Record<string, unknown>>)[id]?.((samples as unknown as Record<string, unknown>)[id]) ?? "");
      for (const text of texts) {
        expect(text.trim(), id).not.toBe("");
        expect(text, id).not.toMatch(/[\n\r\t]|undefined|\[object/);
      }
      // Only words from elsewhere (the system's, YAML's, zod's, the decoder's) may read the same in both.
      if (!["system", "detail", "badShape"].includes(id)) expect(new Set(texts).size, id).toBe(LANGS.length);
    }
  });

  it("the fixed reasons are exactly the ids without data", () => {
    const empty = Object.entries(reasonSamples).filter(([, data]) => Object.keys(data).length === 0).map(([id]) => id);
    expect([...FIXED_REASON_IDS].sort()).toEqual(empty.sort());
  });

  it("English is the wording sheetparse has always printed", () => {
    expect(renderReason("en", { id: "tooLarge", data: reasonSamples.tooLarge })).toBe("too large: more than 256 MiB, the limit for a sheet");
    expect(renderReason("en", { id: "system", data: reasonSamples.system })).toBe("cross-device link not permitted (EXDEV)");
    expect(renderReason("en", { id: "system", data: { code: "ENOSPC", words: "no space left on device" } })).toBe("no space left on the device");
    expect(renderProfileError("en", { at: "a.yaml:2:10", problem: { id: "inExtended", data: profileSamples.inExtended } })).toBe(
      "a.yaml:2:10: in extended profile: b.yaml:2:10: extends ./a.yaml, which extends this profile again (a cycle)",
    );
  });

  it("an unreadable input's reason as data, or its English words when that is all there is", () => {
    expect(renderMessage("ja", "fatal", "unreadable", { detail: "broken symlink (to x)", reason: { id: "brokenSymlink", data: { target: "x" } } })).toBe(
      "読み込めません: リンク先のないシンボリックリンクです（x へのリンク）",
    );
    expect(renderMessage("ja", "fatal", "unreadable", { detail: "symlink loop" })).toBe("読み込めません: シンボリックリンクが循環しています");
    expect(renderMessage("ja", "fatal", "unreadable", { detail: "not searched: /proc/1 is inside /proc or /sys" })).toBe("読み込めません: not searched: /proc/1 is inside /proc or /sys");
  });
});
