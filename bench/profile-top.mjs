// Summarises a V8 CPU profile (node --cpu-prof): the functions with the most self time and
// the most inclusive time (a function counted once per sample, however deep it recurses).
//
//   node bench/profile-top.mjs FILE.cpuprofile [N]
import { readFileSync } from "node:fs";

const [file, countArg] = process.argv.slice(2);
const count = Number(countArg ?? 30);
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const name = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const short = url.replace(/^.*\/(dist|node_modules)\//, "$1/");
  return `${functionName || "(anonymous)"} ${short}:${lineNumber + 1}`;
};
const deltas = profile.timeDeltas;
const self = new Map();
const inclusive = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1e3;
  total += ms;
  const leaf = byId.get(id);
  self.set(name(leaf), (self.get(name(leaf)) ?? 0) + ms);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const key = name(byId.get(at));
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
  }
});
const show = (title, map) => {
  console.log(`\n${title} (of ${total.toFixed(0)} ms)`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`);
};
show("self", self);
show("inclusive", inclusive);
