// A repeatable micro-benchmark of what the CLI does per file, in process and without I/O:
// parse (decode → lines → syntax tree → model), the rules, the schema check and the NDJSON
// text. Times are CPU time of this thread (process.cpuUsage: user + system), so that other
// processes on a shared machine disturb them less than wall time; prints the median of the
// rounds, per stage, and the least of each stage over the rounds.
//
//   node bench/parse-profile.mjs [--rounds N] [--files N] [--big] [--only parse] [--dist DIR]
//
// --big measures the 55 MB file instead of the directory of 5,000 files (MB/s of parse).
// Run `npm run build` first: it loads dist/.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const argv = process.argv.slice(2);
// --dist DIR: another build to measure (a copy of dist/ from before a change, for A/B runs).
const dist = resolve(argv.includes("--dist") ? argv[argv.indexOf("--dist") + 1] : join(root, "dist"));
const { parseAnyDetailed } = await import(join(dist, "parse-any.js"));
const { runRules } = await import(join(dist, "check/engine.js"));
const { validateDocument } = await import(join(dist, "model/validate-document.js"));
const { documentJsonPieces } = await import(join(dist, "emit/json.js"));

const args = argv;
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const rounds = Number(option("--rounds", 5));
const big = args.includes("--big");
const only = option("--only", "all");

const inputs = big
  ? [{ path: join(root, "bench/corpus/big-55mb.txt") }]
  : readdirSync(join(root, "bench/corpus/files-5000")).sort().slice(0, Number(option("--files", 5000))).map((f) => ({ path: join(root, "bench/corpus/files-5000", f) }));
for (const input of inputs) input.bytes = readFileSync(input.path);
const bytes = inputs.reduce((sum, input) => sum + input.bytes.length, 0);

function cpu() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e3;
}

async function round() {
  const spent = { parse: 0, rules: 0, schema: 0, json: 0 };
  let chars = 0;
  for (const { path, bytes: input } of inputs) {
    const t0 = cpu();
    const result = await parseAnyDetailed(input, { path, lang: "en" });
    const t1 = cpu();
    spent.parse += t1 - t0;
    if (only === "parse") continue;
    result.document.diagnostics = runRules(result, undefined, "en");
    const t2 = cpu();
    const checked = validateDocument(result.document);
    const t3 = cpu();
    for (const piece of documentJsonPieces(checked.document, 0)) chars += piece.length;
    const t4 = cpu();
    spent.rules += t2 - t1;
    spent.schema += t3 - t2;
    spent.json += t4 - t3;
  }
  spent.total = spent.parse + spent.rules + spent.schema + spent.json;
  return { spent, chars };
}

const samples = [];
let chars = 0;
for (let i = 0; i < rounds; i++) {
  const { spent, chars: c } = await round();
  chars = c;
  samples.push(spent);
  console.error(`round ${i + 1}: ${Object.entries(spent).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(", ")}`);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const m = Object.fromEntries(Object.keys(samples[0]).map((key) => [key, median(samples.map((s) => s[key]))]));
const rate = big ? `${(bytes / 1e6 / (m.parse / 1e3)).toFixed(2)} MB/s parse` : `${(inputs.length / (m.total / 1e3)).toFixed(0)} files/s in all`;
console.log(`median of ${rounds} (CPU ms): ${Object.entries(m).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ")}; ${rate}; ${chars} JSON chars`);
// The fastest round disturbs least on a shared machine: compare builds by it.
const least = Object.fromEntries(Object.keys(samples[0]).map((key) => [key, Math.min(...samples.map((s) => s[key]))]));
console.log(`min of ${rounds} (CPU ms): ${Object.entries(least).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ")};`);
