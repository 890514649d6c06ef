// Byte-for-byte guard for speed work: runs the built CLI over every fixture (and the binary
// twins, the shared seeds and a sample of the benchmark corpus) and records stdout, stderr
// and the exit code of each run in a directory; `compare` records afresh and reports every
// run whose bytes differ.
//
//   node bench/golden.mjs record DIR     record the outputs of the current build in DIR
//   node bench/golden.mjs compare DIR    record into a temporary directory and diff with DIR
//
// Runs two CLIs at a time. Set GOLDEN_BIG=1 to add the 55 MB file (ndjson, hashed), and
// GOLDEN_ONLY=REGEX to run only the runs whose names match.
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const bin = join(root, "bin/sheetparse");

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Every run: a name for its output file and the CLI's arguments. */
function runs() {
  const list = [];
  const add = (name, args) => list.push({ name: name.replaceAll("/", "__"), args });
  const fixtures = walk(join(root, "fixtures")).sort();
  const texts = fixtures.filter((f) => f.endsWith(".txt"));
  for (const file of texts) {
    const rel = relative(root, file);
    const yaml = file.replace(/\.txt$/, ".yaml");
    const own = existsSync(yaml) ? ["--profile", yaml] : [];
    add(`${rel}.json`, [file, "--format", "json", "--positions", ...own]);
    add(`${rel}.check`, ["check", file, "--reporter", "json", ...own]);
    add(`${rel}.ast`, ["ast", file, ...own]);
    add(`${rel}.common.json`, [file, "--format", "json", "--positions", "--profile", "common"]);
    add(`${rel}.auto.json`, [file, "--format", "json", "--profile", "auto", ...(own.length > 0 ? own : [])]);
    add(`${rel}.yaml`, [file, "--format", "yaml", ...own]);
  }
  for (const file of fixtures.filter((f) => /\.(?:csv|html|pdf|xls|xlsx)$/.test(f))) {
    const rel = relative(root, file);
    add(`${rel}.json`, [file, "--format", "json", "--positions"]);
    add(`${rel}.check`, ["check", file, "--reporter", "json"]);
  }
  const seeds = join(root, "../shared/seeds");
  if (existsSync(seeds)) {
    for (const file of walk(seeds).filter((f) => f.endsWith(".txt")).sort()) {
      const rel = `seeds/${relative(seeds, file)}`;
      add(`${rel}.json`, [file, "--format", "json", "--positions"]);
      add(`${rel}.check`, ["check", file, "--reporter", "json"]);
      add(`${rel}.ast`, ["ast", file]);
    }
  }
  // Every fixture at once, in one process: caches that outlive a file must not change the next.
  add("all-fixtures.ndjson", [...texts, "--format", "ndjson", "--positions"]);
  add("all-fixtures.common.ndjson", [...texts, "--format", "ndjson", "--profile", "common"]);
  add("all-fixtures.auto.ndjson", [...texts, "--format", "ndjson", "--profile", "auto", ...texts.filter((f) => existsSync(f.replace(/\.txt$/, ".yaml"))).flatMap((f) => ["--profile", f.replace(/\.txt$/, ".yaml")])]);
  add("all-fixtures.check", ["check", ...texts, "--reporter", "json"]);
  // Every CSV table over every input, with and without positions, and YAML as a batch.
  const twins = fixtures.filter((f) => /\.(?:csv|html|pdf|xls|xlsx)$/.test(f));
  for (const table of ["years", "projects", "futureTargets", "yearExtras", "policies", "mainProjects", "targets", "opinions", "diagnostics"]) {
    add(`all-fixtures.${table}.csv`, [...texts, ...twins, "--format", "csv", "--table", table]);
    add(`all-fixtures.${table}.positions.csv`, [...texts, ...twins, "--format", "csv", "--table", table, "--positions"]);
  }
  add("all-fixtures.projects.cp932.csv", [...texts, "--format", "csv", "--table", "projects", "--output-encoding", "cp932"]);
  add("all-fixtures.yaml", [...texts, ...twins, "--format", "yaml", "--positions"]);
  const corpus = join(root, "bench/corpus/files-5000");
  if (existsSync(corpus)) {
    const sample = readdirSync(corpus).sort().filter((_, i) => i % 16 === 0).slice(0, 300).map((f) => join(corpus, f));
    add("corpus-300.ndjson", [...sample, "--format", "ndjson", "--positions"]);
    add("corpus-300.check", ["check", ...sample, "--reporter", "json"]);
  }
  if (process.env.GOLDEN_BIG) add("big-55mb.ndjson", [join(root, "bench/corpus/big-55mb.txt"), "--format", "ndjson"]);
  // GOLDEN_ONLY=REGEX: only the runs whose names match, for a quick look at one kind of output.
  const only = process.env.GOLDEN_ONLY ? new RegExp(process.env.GOLDEN_ONLY) : null;
  return only ? list.filter((run) => only.test(run.name)) : list;
}

function runOne({ args }) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, LANG: "C", NO_COLOR: "1" } });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("close", (code) => {
      const stdout = Buffer.concat(out);
      // Paths are the same in every run; a big output is kept as its hash.
      const body = stdout.length > 50e6 ? Buffer.from(`sha256 ${createHash("sha256").update(stdout).digest("hex")} (${stdout.length} bytes)\n`) : stdout;
      done(Buffer.concat([body, Buffer.from("\n--- stderr ---\n"), Buffer.concat(err), Buffer.from(`\n--- exit ${code} ---\n`)]));
    });
  });
}

async function record(dir) {
  mkdirSync(dir, { recursive: true });
  const queue = runs();
  const total = queue.length;
  async function worker() {
    for (let job = queue.shift(); job; job = queue.shift()) writeFileSync(join(dir, job.name), await runOne(job));
  }
  await Promise.all([worker(), worker()]);
  return total;
}

const [mode, dirArg] = process.argv.slice(2);
if (!dirArg || (mode !== "record" && mode !== "compare")) {
  console.error("usage: node bench/golden.mjs record|compare DIR");
  process.exit(2);
}
const dir = resolve(dirArg);
if (mode === "record") {
  console.log(`${await record(dir)} runs recorded in ${dir}`);
} else {
  const fresh = mkdtempSync(join(tmpdir(), "golden-"));
  const total = await record(fresh);
  const differing = [];
  for (const name of readdirSync(fresh).sort()) {
    const before = join(dir, name);
    if (!existsSync(before)) differing.push(`${name} (not recorded before)`);
    else if (!readFileSync(before).equals(readFileSync(join(fresh, name)))) differing.push(name);
  }
  if (differing.length === 0) {
    console.log(`${total} runs byte-identical`);
    rmSync(fresh, { recursive: true });
  } else {
    console.log(`${differing.length} of ${total} runs differ (new outputs in ${fresh}):\n${differing.join("\n")}`);
    process.exitCode = 1;
  }
}
