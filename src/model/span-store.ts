/**
 * Spans kept as six numbers each in one growing typed array, not as span objects (three
 * objects a span): for what keeps very many spans — a big file's locations, and what the
 * cross-sheet rules keep of each sheet until the end of the file (issue 13).
 */
import type { Point, Span } from "../syntax/ast.js";

/** Numbers per span: start line, column, offset; end line, column, offset. */
const WIDTH = 6;

/** An empty store's array: the first span allocates one of {@link FIRST_CAPACITY} spans. */
const EMPTY = new Uint32Array(0);

/**
 * Spans of a store's first array. Small, and doubled as needed: a batch makes a few stores
 * per file, and zeroing a large array for each of thousands of small files cost more than
 * the few doublings of a big one.
 */
const FIRST_CAPACITY = 64;

export class SpanStore {
  private store = EMPTY;
  private count = 0;

  /** Records a span; returns its index. */
  add(span: Span): number {
    if ((this.count + 1) * WIDTH > this.store.length) {
      const grown = new Uint32Array(Math.max(this.store.length * 2, FIRST_CAPACITY * WIDTH));
      grown.set(this.store);
      this.store = grown;
    }
    const at = this.count * WIDTH;
    const { start, end } = span;
    this.store[at] = start.line;
    this.store[at + 1] = start.column;
    this.store[at + 2] = start.offset;
    this.store[at + 3] = end.line;
    this.store[at + 4] = end.column;
    this.store[at + 5] = end.offset;
    return this.count++;
  }

  /** A fresh span object for a recorded index (callers may keep or change it). */
  get(index: number): Span {
    const at = index * WIDTH;
    const s = this.store;
    const start: Point = { line: s[at] ?? 0, column: s[at + 1] ?? 0, offset: s[at + 2] ?? 0 };
    const end: Point = { line: s[at + 3] ?? 0, column: s[at + 4] ?? 0, offset: s[at + 5] ?? 0 };
    return { start, end };
  }

  /** The first line of a recorded span, without making a span object. */
  line(index: number): number | undefined {
    return this.store[index * WIDTH];
  }

  /** Forgets every span, keeping the storage for the next ones. */
  clear(): void {
    this.count = 0;
  }
}
