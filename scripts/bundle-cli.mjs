// Bundles the built CLI (dist/cli/, from tsc) into dist/bundle/, which bin/sheetparse runs.
// Why: a command spent most of its start-up resolving, reading and compiling some 300 ES
// modules, ours and zod's; one file per entry, with the commands and formats each a chunk
// loaded when used, starts in about two thirds of the time (measured in the commit).
// The library (dist/index.js) stays unbundled: importers bundle it themselves.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
// Chunk names are content hashes: without this, each build would leave the last one's beside it.
rmSync(`${root}dist/bundle`, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  // main: the CLI; worker: what --jobs threads run (jobs/pool.ts finds it beside its chunk).
  entryPoints: { main: "dist/cli/main.js", worker: "dist/cli/jobs/worker.js" },
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  // Large, rarely used, and loaded lazily already; pdf.js also finds its own files by path.
  external: ["pdfjs-dist", "@e965/xlsx", "parse5", "yaml"],
  // CommonJS packages bundled into ES modules (commander, iconv-lite) call require() for
  // Node's own modules; ES modules have none, so each chunk gets one.
  banner: { js: 'import { createRequire as createRequireForBundle } from "node:module"; const require = createRequireForBundle(import.meta.url);' },
  logLevel: "warning",
});
