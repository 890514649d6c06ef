// npm run bench: how close sheetparse runs to what this machine allows (issue 5).
// Measures, interleaved over several rounds: (a) the raw limit — read + decode + split
// lines and tabs in a plain Node loop; (b) parse in-process; (c) the CLI with --format
// ndjson over a directory and over one big file (wall time, peak RSS); (d) CLI start-up
// (--version, and one small file parsed) against `node -e 0`; (f) once, `report` over 20,001 copies of a fixture
// (peak RSS, issue 15 item 6); (e) the share of parsing spent checking each Document
// against its zod schema (issue 10); (g) the CLI on a 100-page PDF and on the same rows as
// text (issue 12); (h) the CLI over the directory with --jobs 1 and --jobs 2 (worker threads,
// issue 13 part 2); (i) the peer, TextFSM extracting five fields of each 事業 from the same
// files, when python3 can import textfsm (Debian's python3-textfsm); (j) once, `check` and
// `report` on the 55 MB file (and CSV, YAML, `--profile auto` and `check --reporter json`)
// and `ast` on a 100 MB file (issue 13). Prints medians and
// ratios to the raw limit.
import { spawnSync } from "node:child_process";
import { TextDecoder } from "node:util";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBigFile, buildCopies, buildCorpus } from "./corpus.mjs";
import { sheetPdf } from "./make-pdf.mjs";
import { mkdirSync, writeFileSync } from "node:fs";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const { parse } = await import(join(root, "dist/index.js"));
const { parseDetailed } = await import(join(root, "dist/parse.js"));
const { runRules } = await import(join(root, "dist/check/engine.js"));
const { validateDocument } = await import(join(root, "dist/model/validate-document.js"));

console.error("building corpus in bench/corpus …");
const corpus = buildCorpus(root);
const smallFiles = readdirSync(corpus.small).map((f) => join(corpus.small, f));
const bigBytes = statSync(corpus.big).size;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** The floor: read, decode, split into lines and cells, touch every cell. */
function rawPass(paths) {
  let cells = 0;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (const path of paths) {
    const text = decoder.decode(readFileSync(path));
    for (const line of text.split(/\r\n|\r|\n/)) cells += line.split("\t").length;
  }
  return cells;
}

function parsePass(paths) {
  let projects = 0;
  for (const path of paths) projects += parse(readFileSync(path), { path }).projects.length;
  return projects;
}

/**
 * What the library's parse does, in two timed parts: parse + rules, then the schema check
 * of the Document. Returns seconds of each.
 */
function splitParsePass(paths) {
  let parsing = 0n;
  let checking = 0n;
  for (const path of paths) {
    const bytes = readFileSync(path);
    const start = process.hrtime.bigint();
    const result = parseDetailed(bytes, { path });
    result.document.diagnostics = runRules(result);
    const parsed = process.hrtime.bigint();
    if (validateDocument(result.document).fatal) throw new Error(`${path}: ${result.document.diagnostics[0]?.message}`);
    checking += process.hrtime.bigint() - parsed;
    parsing += parsed - start;
  }
  return { parsing: Number(parsing) / 1e9, checking: Number(checking) / 1e9 };
}

/** Runs the CLI under /usr/bin/time to get the child's peak RSS. */
function cli(args) {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, join(root, "bin/sheetparse"), ...args], { encoding: "utf8", maxBuffer: 1 << 20, stdio: ["ignore", "ignore", "pipe"] });
  const last = result.stderr.trim().split("\n").pop() ?? "";
  const [seconds, kb] = last.split(" ").map(Number);
  // /usr/bin/time gives KiB; MB here are 10^6 bytes, as the file sizes they are compared with.
  return { seconds, rssMB: (kb * 1024) / 1e6, status: result.status };
}

/** A python3 that can import textfsm, or null (the TextFSM column is then skipped). */
const python = ["python3", "/usr/bin/python3"].find((candidate) => spawnSync(candidate, ["-c", "import textfsm"], { stdio: "ignore" }).status === 0) ?? null;

/** Seconds TextFSM takes over a folder, start-up included, as the CLI's are. */
function textfsm(dir) {
  const start = process.hrtime.bigint();
  const result = spawnSync(python, [join(root, "bench/textfsm/run.py"), dir], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`TextFSM failed: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function startup(args) {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, args, { stdio: "ignore" });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// A 100-page PDF of sheets (issue 12, part 7): 40 rows a page, whole-city.txt repeated, and
// the same rows as text, to see what reading the PDF costs on top of parsing.
const pdfText = Array.from({ length: 10 }, () => readFileSync(join(root, "fixtures/whole-city.txt"), "utf8").replace(/\n$/, "")).join("\n").split("\n").slice(0, 4000).join("\n");
mkdirSync(join(root, "bench/corpus"), { recursive: true });
const pdfPath = join(root, "bench/corpus/100-pages.pdf");
const pdfTwin = join(root, "bench/corpus/100-pages.txt");
writeFileSync(pdfPath, sheetPdf(pdfText, { linesPerPage: 40 }));
writeFileSync(pdfTwin, pdfText);

const manyFiles = readdirSync(corpus.many).map((f) => join(corpus.many, f));
const samples = { rawMany: [], textfsmDir: [], textfsmMany: [], cliManyJobs2: [], pdf: [], pdfRss: [], pdfTwin: [], rawDir: [], rawBig: [], parseDir: [], parseBig: [], uncheckedDir: [], checkDir: [], uncheckedBig: [], checkBig: [], cliDir: [], cliDirRss: [], cliMany: [], cliManyRss: [], cliJobs1: [], cliJobs2: [], cliJobs2Rss: [], cliBig: [], cliBigRss: [], node0: [], version: [], oneFile: [] };
// One unmeasured raw pass first: a cold first pass (page cache, JIT) ran at a quarter of the
// warm speed, and with BENCH_ROUNDS=1 it was the raw limit every ratio is taken against.
rawPass(smallFiles);
rawPass(manyFiles);
for (let round = 1; round <= ROUNDS; round++) {
  console.error(`round ${round}/${ROUNDS}`);
  samples.rawDir.push(time(() => rawPass(smallFiles)));
  samples.rawMany.push(time(() => rawPass(manyFiles)));
  if (python) {
    samples.textfsmDir.push(textfsm(corpus.small));
    samples.textfsmMany.push(textfsm(corpus.many));
  }
  samples.cliManyJobs2.push(cli([corpus.many, "--format", "ndjson", "--jobs", "2"]).seconds);
  samples.parseDir.push(time(() => parsePass(smallFiles)));
  const splitDir = splitParsePass(smallFiles);
  samples.uncheckedDir.push(splitDir.parsing);
  samples.checkDir.push(splitDir.checking);
  const dirRun = cli([corpus.small, "--format", "ndjson"]);
  samples.cliDir.push(dirRun.seconds);
  samples.cliDirRss.push(dirRun.rssMB);
  samples.cliJobs1.push(cli([corpus.small, "--format", "ndjson", "--jobs", "1"]).seconds);
  const jobs2Run = cli([corpus.small, "--format", "ndjson", "--jobs", "2"]);
  samples.cliJobs2.push(jobs2Run.seconds);
  samples.cliJobs2Rss.push(jobs2Run.rssMB);
  samples.rawBig.push(time(() => rawPass([corpus.big])));
  samples.parseBig.push(time(() => parsePass([corpus.big])));
  const splitBig = splitParsePass([corpus.big]);
  samples.uncheckedBig.push(splitBig.parsing);
  samples.checkBig.push(splitBig.checking);
  const bigRun = cli([corpus.big, "--format", "ndjson"]);
  samples.cliBig.push(bigRun.seconds);
  samples.cliBigRss.push(bigRun.rssMB);
  const manyRun = cli([corpus.many, "--format", "ndjson"]);
  samples.cliMany.push(manyRun.seconds);
  samples.cliManyRss.push(manyRun.rssMB);
  const pdfRun = cli([pdfPath, "--format", "ndjson"]);
  if (pdfRun.status !== 0) throw new Error(`the 100-page PDF did not parse (exit ${pdfRun.status})`);
  samples.pdf.push(pdfRun.seconds);
  samples.pdfRss.push(pdfRun.rssMB);
  samples.pdfTwin.push(cli([pdfTwin, "--format", "ndjson"]).seconds);
  for (let i = 0; i < 5; i++) {
    samples.node0.push(startup(["-e", "0"]));
    samples.version.push(startup([join(root, "bin/sheetparse"), "--version"]));
    // A command's whole start-up: load the CLI and parse one small sheet (what CI pays per file).
    samples.oneFile.push(startup([join(root, "bin/sheetparse"), join(root, "fixtures/policy-with-projects.txt")]));
  }
}

// Once, not per round: a 459 MB page. `report` sets each file's sections aside in a temporary
// file and keeps only the summary's and overview's rows, so its memory follows those (issue 15, item 6).
const copies = buildCopies(root);
console.error("report over 20,001 copies …");
const reportRun = cli(["report", copies]);

// Once: the other commands on the 55 MB file, and `ast` (which writes the tree sheet by sheet) on 100 MB.
console.error("check and report on the big file, ast on 100 MB …");
const checkBig = cli(["check", corpus.big]);
const reportBig = cli(["report", corpus.big]);
// And the other outputs, which set the sheets aside as they are read too (not targets of issue 13, but its pipeline).
const otherBig = [
  ["--format csv", cli([corpus.big, "--format", "csv"])],
  ["--format yaml", cli([corpus.big, "--format", "yaml"])],
  ["--profile auto (ndjson)", cli([corpus.big, "--profile", "auto", "--format", "ndjson"])],
  ["check --reporter json", cli(["check", "--reporter", "json", corpus.big])],
];
const hundred = buildBigFile(root, 100);
const hundredMB = statSync(hundred).size / 1e6;
const astHundred = cli(["ast", hundred]);

const m = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
const mb = bigBytes / 1e6;
const vsTextfsm = (cliSeconds, textfsmSeconds) => (python ? `; ${(textfsmSeconds / cliSeconds).toFixed(2)} × TextFSM (target ≥ 1.5)` : "; TextFSM: not installed");
const rows = [
  ["raw limit, directory", `${(corpus.files / m.rawDir).toFixed(0)} files/s`, ""],
  ["parse in-process, directory", `${(corpus.files / m.parseDir).toFixed(0)} files/s`, `${(m.rawDir / m.parseDir).toFixed(2)} × raw`],
  [
    "  without / with the schema check",
    `${(corpus.files / m.uncheckedDir).toFixed(0)} / ${(corpus.files / (m.uncheckedDir + m.checkDir)).toFixed(0)} files/s`,
    `check ${((100 * m.checkDir) / (m.uncheckedDir + m.checkDir)).toFixed(1)} % of parse`,
  ],
  [`TextFSM, 5 fields of each 事業, ${corpus.files} files`, python ? `${(corpus.files / m.textfsmDir).toFixed(0)} files/s` : "not installed", python ? `${(m.rawDir / m.textfsmDir).toFixed(2)} × raw` : ""],
  [`CLI ndjson, ${corpus.files} files`, `${(corpus.files / m.cliDir).toFixed(0)} files/s, peak RSS ${m.cliDirRss.toFixed(0)} MB`, `${(m.rawDir / m.cliDir).toFixed(2)} × raw (target ≥ 0.4)`],
  [`CLI ndjson --jobs 1, ${corpus.files} files`, `${(corpus.files / m.cliJobs1).toFixed(0)} files/s`, `${(m.rawDir / m.cliJobs1).toFixed(2)} × raw (target ≥ 0.4)`],
  [`CLI ndjson --jobs 2, ${corpus.files} files`, `${(corpus.files / m.cliJobs2).toFixed(0)} files/s, peak RSS ${m.cliJobs2Rss.toFixed(0)} MB`, `${(m.rawDir / m.cliJobs2).toFixed(2)} × raw (target ≥ 0.7); ${(m.cliJobs1 / m.cliJobs2).toFixed(2)} × --jobs 1${vsTextfsm(m.cliJobs2, m.textfsmDir)}`],
  [`raw limit, ${corpus.manyFiles} files`, `${(corpus.manyFiles / m.rawMany).toFixed(0)} files/s`, ""],
  [`TextFSM, ${corpus.manyFiles} files`, python ? `${(corpus.manyFiles / m.textfsmMany).toFixed(0)} files/s` : "not installed", ""],
  [`CLI ndjson, ${corpus.manyFiles} files`, `${(corpus.manyFiles / m.cliMany).toFixed(0)} files/s, peak RSS ${m.cliManyRss.toFixed(0)} MB`, `${(m.rawMany / m.cliMany).toFixed(2)} × raw; target RSS ≤ 150 MB`],
  [`CLI ndjson --jobs 2, ${corpus.manyFiles} files`, `${(corpus.manyFiles / m.cliManyJobs2).toFixed(0)} files/s`, `${(m.rawMany / m.cliManyJobs2).toFixed(2)} × raw (target ≥ 0.7)${vsTextfsm(m.cliManyJobs2, m.textfsmMany)}`],
  [`raw limit, ${mb.toFixed(0)} MB file`, `${(mb / m.rawBig).toFixed(1)} MB/s`, ""],
  [`parse in-process, ${mb.toFixed(0)} MB file`, `${(mb / m.parseBig).toFixed(1)} MB/s`, `${(m.rawBig / m.parseBig).toFixed(2)} × raw (target ≥ 0.5)`],
  [
    "  without / with the schema check",
    `${(mb / m.uncheckedBig).toFixed(1)} / ${(mb / (m.uncheckedBig + m.checkBig)).toFixed(1)} MB/s`,
    `check ${((100 * m.checkBig) / (m.uncheckedBig + m.checkBig)).toFixed(1)} % of parse`,
  ],
  [`CLI ndjson, ${mb.toFixed(0)} MB file`, `${(mb / m.cliBig).toFixed(1)} MB/s, peak RSS ${m.cliBigRss.toFixed(0)} MB`, `${(m.cliBigRss / mb).toFixed(1)} × file size (target ≤ 4)`],
  [`check, ${mb.toFixed(0)} MB file`, `${checkBig.seconds.toFixed(1)} s, peak RSS ${checkBig.rssMB.toFixed(0)} MB`, `${(checkBig.rssMB / mb).toFixed(1)} × file size (target ≤ 4)`],
  [`report, ${mb.toFixed(0)} MB file`, `${reportBig.seconds.toFixed(1)} s, peak RSS ${reportBig.rssMB.toFixed(0)} MB`, `${(reportBig.rssMB / mb).toFixed(1)} × file size (target ≤ 4)`],
  ...otherBig.map(([what, run]) => [`${what}, ${mb.toFixed(0)} MB file`, `${run.seconds.toFixed(1)} s, peak RSS ${run.rssMB.toFixed(0)} MB`, `${(run.rssMB / mb).toFixed(1)} × file size`]),
  [`ast, ${hundredMB.toFixed(0)} MB file`, `${astHundred.seconds.toFixed(1)} s, peak RSS ${astHundred.rssMB.toFixed(0)} MB, exit ${astHundred.status}`, "target: works (exit 0)"],
  ["report, 20,001 copies of a fixture", `${reportRun.seconds.toFixed(1)} s, peak RSS ${reportRun.rssMB.toFixed(0)} MB`, "was 2,858 MB, then 565 MB before streaming (issue 15); target ≤ 1,000 MB"],
  ["CLI ndjson, 100-page PDF", `${m.pdf.toFixed(2)} s, peak RSS ${m.pdfRss.toFixed(0)} MB`, `its rows as text: ${m.pdfTwin.toFixed(2)} s (target: seconds, not minutes)`],
  ["node -e 0", `${m.node0.toFixed(0)} ms`, ""],
  ["sheetparse --version", `${m.version.toFixed(0)} ms`, `+${(m.version - m.node0).toFixed(0)} ms (target ≤ +60)`],
  ["sheetparse FILE (one small sheet)", `${m.oneFile.toFixed(0)} ms`, `+${(m.oneFile - m.node0).toFixed(0)} ms`],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`sheetparse bench — ${ROUNDS} interleaved rounds, medians; node ${process.version}, ${(await import("node:os")).cpus().length} cores`);
for (const [what, figure, ratio] of rows) console.log(`${what.padEnd(width)}  ${figure.padEnd(36)}  ${ratio}`);
