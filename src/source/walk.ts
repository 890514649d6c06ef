/**
 * The search of a directory operand for `*.txt`: recursive, following symlinks to files and
 * to directories, and naming everything it could not search instead of dropping it
 * silently (a folder it may not read, a symlink loop, a broken symlink).
 *
 * A glob library suppresses these errors, so the walk is our own: readdir with file
 * types, a stat only for directories and symlinks.
 */
import { reason as fixedReason, type Reason } from "../messages/reasons.js";
import * as nodeFs from "node:fs";
import { join } from "node:path";

/** What the walk found, in path order: a file to read, or something that could not be searched and why. */
export type WalkEntry = { kind: "file"; path: string } | { kind: "skipped"; path: string; reason: Reason };

/** A directory entry as `readdirSync(…, { withFileTypes: true })` gives it. */
export interface WalkDirent {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** What the walk needs of a stat (bigint: inode numbers can exceed 2^53). */
export interface WalkStats {
  dev: bigint;
  ino: bigint;
  isFile(): boolean;
  isDirectory(): boolean;
}

/** The file-system calls of the walk; tests pass failing ones (as root, chmod 000 does not stop readdir). */
export interface WalkFs {
  readdir(path: string): WalkDirent[];
  /** Follows symlinks. */
  stat(path: string): WalkStats;
  realpath(path: string): string;
  readlink(path: string): string;
}

export const nodeWalkFs: WalkFs = {
  readdir: (path) => nodeFs.readdirSync(path, { withFileTypes: true }),
  stat: (path) => nodeFs.statSync(path, { bigint: true }),
  realpath: (path) => nodeFs.realpathSync(path),
  readlink: (path) => nodeFs.readlinkSync(path),
};

/** Kernel views, not folders of sheets: searching them can hang (pipes) or never end. */
const VIRTUAL_ROOTS = ["/proc", "/sys"] as const;

/** True for a real path inside /proc or /sys. */
export function isVirtual(realPath: string): boolean {
  return VIRTUAL_ROOTS.some((root) => realPath === root || realPath.startsWith(`${root}/`));
}

/** Sheets exported on Windows are often `.TXT`. */
function isTextName(name: string): boolean {
  return name.toLowerCase().endsWith(".txt");
}

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

function folderReason(error: unknown): Reason {
  const code = codeOf(error);
  if (code === "EACCES" || code === "EPERM") return { id: "cannotReadFolder", data: { cause: null } };
  return { id: "cannotReadFolder", data: { cause: code ?? (error as Error).message } };
}

function idOf(stats: WalkStats): string {
  return `${stats.dev}:${stats.ino}`;
}

/**
 * Every `*.txt` (any case) below `root`, hidden entries (`.git`, `.x.txt`) left out, and
 * what could not be searched; sorted by path. A directory met again among its own
 * ancestors (compared by device and inode) is a loop and is not entered; a directory
 * reached by two paths that are not a loop is searched under both, as `find -L` and a
 * glob do.
 */
export function walkTextFiles(root: string, fs: WalkFs = nodeWalkFs): WalkEntry[] {
  const found: WalkEntry[] = [];
  // The directories being searched, by device and inode, with the path each was entered by.
  const ancestors = new Map<string, string>();

  const skip = (path: string, reason: Reason): void => {
    found.push({ kind: "skipped", path, reason });
  };

  function enter(path: string, stats: WalkStats, realPath: string): void {
    const loop = ancestors.get(idOf(stats));
    if (loop !== undefined) return skip(path, { id: "loopBack", data: { to: loop } });
    if (isVirtual(realPath)) return skip(path, { id: "virtualFolder", data: { path: realPath } });
    let entries: WalkDirent[];
    try {
      entries = fs.readdir(path);
    } catch (error) {
      return skip(path, folderReason(error));
    }
    ancestors.set(idOf(stats), path);
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const child = join(path, entry.name);
      if (entry.isSymbolicLink()) follow(child, entry.name);
      else if (entry.isDirectory()) enterChild(child, join(realPath, entry.name));
      else if (isTextName(entry.name)) visitFile(child, entry);
    }
    ancestors.delete(idOf(stats));
  }

  /** A plain subdirectory: its real path is its parent's plus its name, no realpath call needed. */
  function enterChild(path: string, realPath: string): void {
    let stats: WalkStats;
    try {
      stats = fs.stat(path);
    } catch (error) {
      return skip(path, folderReason(error));
    }
    enter(path, stats, realPath);
  }

  function visitFile(path: string, entry: { isFile(): boolean }): void {
    // A FIFO or socket named .txt would hang or fail the read: say so instead.
    if (entry.isFile()) found.push({ kind: "file", path });
    else skip(path, fixedReason("notRegularEntry"));
  }

  function follow(path: string, name: string): void {
    let stats: WalkStats;
    try {
      stats = fs.stat(path);
    } catch (error) {
      // Only a link that would have been read is worth a message; what another dangling link meant is unknown.
      if (isTextName(name)) skip(path, brokenLinkReason(path, error));
      return;
    }
    if (stats.isDirectory()) {
      let realPath: string;
      try {
        realPath = fs.realpath(path);
      } catch (error) {
        return skip(path, folderReason(error));
      }
      enter(path, stats, realPath);
    } else if (isTextName(name)) {
      visitFile(path, stats);
    }
  }

  function brokenLinkReason(path: string, error: unknown): Reason {
    const code = codeOf(error);
    if (code === "ELOOP") return fixedReason("symlinkLoop");
    if (code === "EACCES" || code === "EPERM") return fixedReason("unreachableSymlink");
    let target: string | null = null;
    try {
      target = fs.readlink(path);
    } catch {
      // The link itself vanished: the message without its target still names the problem.
    }
    return code === "ENOENT" ? { id: "brokenLink", data: { target } } : { id: "unfollowableSymlink", data: { target, code: code ?? "unknown error" } };
  }

  let rootStats: WalkStats;
  let rootReal: string;
  try {
    rootStats = fs.stat(root);
    rootReal = fs.realpath(root);
  } catch (error) {
    skip(root, folderReason(error));
    return found;
  }
  enter(root, rootStats, rootReal);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
