// A/B runs of bench/parse-profile.mjs on a noisy machine: two builds measured alternately,
// each in a fresh process, so that load from elsewhere falls on both alike. Prints each
// build's least CPU ms per stage (over every round of every run) and the ratio B / A.
//
//   node bench/ab.mjs DIST_A DIST_B [--pairs N] [-- parse-profile options]
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const argv = process.argv.slice(2);
const dash = argv.indexOf("--");
const own = dash < 0 ? argv : argv.slice(0, dash);
const passed = dash < 0 ? ["--rounds", "3"] : argv.slice(dash + 1);
const [a, b] = own;
const pairs = own.includes("--pairs") ? Number(own[own.indexOf("--pairs") + 1]) : 3;
if (!a || !b) {
  console.error("usage: node bench/ab.mjs DIST_A DIST_B [--pairs N] [-- parse-profile options]");
  process.exit(2);
}

function once(dist) {
  const run = spawnSync(process.execPath, [join(root, "bench/parse-profile.mjs"), "--dist", dist, ...passed], { encoding: "utf8" });
  // The last line: the least CPU time of each stage over the process's rounds.
  const line = run.stdout.trim().split("\n").pop() ?? "";
  const figures = Object.fromEntries(line.slice(line.indexOf(":") + 1).split(/[,;]/).map((part) => part.trim().split(" ")).filter((words) => words.length === 2).map(([key, value]) => [key, Number(value)]));
  if (!("parse" in figures)) throw new Error(`no figures from ${dist}: ${run.stdout}${run.stderr}`);
  return figures;
}

const samples = { a: [], b: [] };
for (let i = 0; i < pairs; i++) {
  const order = i % 2 === 0 ? ["a", "b"] : ["b", "a"];
  for (const which of order) {
    const figures = once(which === "a" ? a : b);
    samples[which].push(figures);
    console.error(`${which}: ${JSON.stringify(figures)}`);
  }
}
// Least over every run: interference from other processes only ever adds time.
for (const key of Object.keys(samples.a[0])) {
  const ma = Math.min(...samples.a.map((s) => s[key]));
  const mb = Math.min(...samples.b.map((s) => s[key]));
  console.log(`${key.padEnd(8)} A ${String(ma).padStart(6)}  B ${String(mb).padStart(6)}  B/A ${(mb / ma).toFixed(3)}`);
}
