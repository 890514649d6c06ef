/**
 * Glob operands, expanded as safely as directory operands are walked (walk.ts): a glob over
 * a folder holding a symlink to `/proc/self` once ran 30 s at 1.7 GB with no output
 * (through `/proc/self/root` it searched the whole machine, and `/proc` again inside it).
 * tinyglobby takes a file-system adapter; ours refuses to list or follow into `/proc` and
 * `/sys` and notes each place it refused, so that the batch names it instead of hanging.
 * Symlink loops are caught by tinyglobby's crawler (fdir) itself.
 */
import type { Reason } from "../messages/reasons.js";
import * as nodeFs from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { globSync } from "tinyglobby";
import { isVirtual } from "./walk.js";

export interface GlobResult {
  /** Matching paths, sorted. */
  files: string[];
  /** Places the search did not enter, with why. */
  skipped: { path: string; reason: Reason }[];
}

/** The crawler works on absolute paths; messages name a place as the pattern's matches are named. */
function refusal(path: string, real: string, absolute: boolean): { path: string; reason: Reason } {
  const trimmed = path.length > 1 ? path.replace(/\/$/, "") : path;
  return { path: absolute ? trimmed : relative(resolve("."), trimmed) || ".", reason: { id: "virtualFolder", data: { path: real } } };
}

/** Expands one pattern. An absolute pattern gives absolute paths; a relative one, paths relative to the working directory. */
export function expandGlob(pattern: string): GlobResult {
  const absolute = isAbsolute(pattern);
  const skipped = new Map<string, { path: string; reason: Reason }>();
  const realpathSync = ((path: nodeFs.PathLike, options?: nodeFs.EncodingOption) => {
    const real = nodeFs.realpathSync(path, options);
    if (isVirtual(String(real))) {
      skipped.set(String(path), refusal(String(path), String(real), absolute));
      // The crawler drops an entry whose link cannot be resolved: that is the refusal.
      throw Object.assign(new Error(`${String(path)} leads into ${String(real)}`), { code: "ENOENT" });
    }
    return real;
  }) as typeof nodeFs.realpathSync;
  const readdirSync = ((path: nodeFs.PathLike, options?: unknown) => {
    let real: string;
    try {
      real = nodeFs.realpathSync(path);
    } catch {
      real = String(path);
    }
    if (isVirtual(real)) {
      skipped.set(String(path), refusal(String(path), real, absolute));
      return [];
    }
    return nodeFs.readdirSync(path, options as Parameters<typeof nodeFs.readdirSync>[1]);
  }) as typeof nodeFs.readdirSync;
  const files = globSync(pattern, { onlyFiles: true, expandDirectories: false, absolute, fs: { realpathSync, readdirSync } }).sort();
  return { files, skipped: [...skipped.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}
