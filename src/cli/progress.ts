/**
 * The batch progress line on stderr ("1,234/10,000 files · 2,345 files/s"), redrawn in
 * place at most ten times a second. The caller creates one only when stderr is a TTY,
 * so CI logs never receive carriage returns or escape codes.
 */
import { cliMessages } from "../messages/cli.js";
import type { Lang } from "../messages/types.js";

/** Redraws no more often than this, in milliseconds: the terminal is slower than the parser. */
const REDRAW_MS = 100;

/** Carriage return and "erase whole line" (ECMA-48 EL 2). */
const ERASE_LINE = "\r\u001b[2K";

export interface Progress {
  /** One more input done. */
  tick(): void;
  /** Erases the line, before another message or at the end. */
  clear(): void;
}

/** The text of the line, without control characters (wording: src/messages/cli.ts). */
export function formatProgress(done: number, total: number, elapsedMs: number, lang: Lang = "en"): string {
  const rate = elapsedMs > 0 ? Math.round((done * 1000) / elapsedMs) : 0;
  return cliMessages[lang].progress(done, total, rate);
}

/** A progress line over `total` inputs, written with `write` in `lang`, timed with `now` (milliseconds). */
export function createProgress(total: number, write: (text: string) => void, now: () => number = Date.now, lang: Lang = "en"): Progress {
  const started = now();
  let done = 0;
  let drawnAt = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    tick() {
      done++;
      const time = now();
      if (time - drawnAt < REDRAW_MS && done < total) return;
      drawnAt = time;
      shown = true;
      write(`${ERASE_LINE}${formatProgress(done, total, time - started, lang)}`);
    },
    clear() {
      if (!shown) return;
      shown = false;
      // Redraw on the next tick, so the line comes back under a message printed meanwhile.
      drawnAt = Number.NEGATIVE_INFINITY;
      write(ERASE_LINE);
    },
  };
}

/** A Progress that prints nothing: not a TTY, or a single input. */
export const noProgress: Progress = { tick() {}, clear() {} };
