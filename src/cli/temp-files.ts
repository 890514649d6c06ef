/**
 * The temporary files of `--output` not yet renamed into place. A run that ends without
 * putting them in place must not leave them behind: they are removed on exit (a crash
 * included) and on SIGINT, SIGTERM or SIGHUP, after which the signal is raised again so
 * that the shell sees the process end the way it asked. Listeners are installed only
 * while such a file exists, so Ctrl-C behaves as usual otherwise.
 */
import { unlinkSync } from "node:fs";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

const live = new Set<string>();

function removeAll(): void {
  for (const path of live) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing left to clean.
    }
  }
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  stopListening();
  // With no listener left, the default action applies: the process ends by this signal.
  process.kill(process.pid, signal);
}

function startListening(): void {
  process.on("exit", removeAll);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function stopListening(): void {
  process.off("exit", removeAll);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

/** Remembers a temporary file to remove if the process ends before it is renamed or removed. */
export function trackTempFile(path: string): void {
  if (live.size === 0) startListening();
  live.add(path);
}

/** The file was renamed into place or removed: nothing to clean any more. */
export function forgetTempFile(path: string): void {
  if (!live.delete(path)) return;
  if (live.size === 0) stopListening();
}
