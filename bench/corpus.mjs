// Builds the benchmark corpus from the fixtures: a directory of many small sheet files
// (each a fixture with its names varied) and one large file of all fixtures repeated.
import { Buffer } from "node:buffer";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const UTF8_FIXTURES = ["policy-with-projects", "whole-city", "projects-only", "numbers-and-eras", "blank-and-na", "vertical-and-horizontal", "page-artifacts", "crlf"];

function fixtures(root) {
  return UTF8_FIXTURES.map((name) => readFileSync(join(root, "fixtures", `${name}.txt`), "utf8"));
}

/** Varies a sheet so files are not byte-identical: different 事業 names and numbers. */
function vary(text, i) {
  return text.replaceAll("事業\t", `事業${i % 97}\t`).replace(/(\d),(\d{3}) 千円/g, (_m, a, b) => `${a},${String((Number(b) + i) % 1000).padStart(3, "0")} 千円`);
}

export function buildCorpus(root, { files = 5_000, bigMegabytes = 55, manyFiles = 10_000 } = {}) {
  const dir = join(root, "bench", "corpus");
  const sources = fixtures(root);
  const small = join(dir, `files-${files}`);
  const many = join(dir, `files-${manyFiles}`);
  const big = join(dir, `big-${bigMegabytes}mb.txt`);
  for (const [target, count] of [[small, files], [many, manyFiles]]) {
    if (existsSync(target) && readdirSync(target).length === count) continue;
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    for (let i = 0; i < count; i++) writeFileSync(join(target, `sheet-${String(i).padStart(5, "0")}.txt`), vary(sources[i % sources.length], i));
  }
  writeBig(big, sources, bigMegabytes);
  return { small, many, big, files, manyFiles };
}

function writeBig(path, sources, megabytes) {
  if (existsSync(path) && statSync(path).size >= megabytes * 1e6) return;
  const parts = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1e6; i++) {
    const part = vary(sources[i % sources.length], i).replaceAll("\r\n", "\n") + "\n";
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  writeFileSync(path, parts.join(""));
}

/** One file of `megabytes` of varied sheets (the 100 MB file `ast` must stream, issue 13). */
export function buildBigFile(root, megabytes) {
  const path = join(root, "bench", "corpus", `big-${megabytes}mb.txt`);
  mkdirSync(join(root, "bench", "corpus"), { recursive: true });
  writeBig(path, fixtures(root), megabytes);
  return path;
}

/**
 * `count` identical copies of one fixture: the batch of issue 15 item 6, where `report` over
 * 20,001 small files once peaked at 2.9 GB (now about 0.57 GB).
 */
export function buildCopies(root, count = 20_001) {
  const target = join(root, "bench", "corpus", `copies-${count}`);
  if (existsSync(target) && readdirSync(target).length === count) return target;
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const text = readFileSync(join(root, "fixtures", "policy-with-projects.txt"));
  for (let i = 0; i < count; i++) writeFileSync(join(target, `copy-${String(i).padStart(5, "0")}.txt`), text);
  return target;
}
