/**
 * Where each model object and field came from. The model stays plain data; rules and
 * `--positions` look positions up here by object identity.
 *
 * Spans are kept as six numbers in one growing typed array, not as the tree's span
 * objects: a big file records about a million of them, and once each sheet's tree is
 * dropped these numbers are all that is left of it (issue 13). Recording happens when a
 * sheet is built, after the parser has closed it, so every span is final by then.
 */
import type { Point, Span } from "../syntax/ast.js";

/** Numbers per span: start line, column, offset; end line, column, offset. */
const WIDTH = 6;

/** A field name → span index record, one per object that has fields (the names are the model's own keys, never text of the input). */
type FieldSpans = Record<string, number>;

export class Locations {
  private store = new Uint32Array(WIDTH * 1024);
  private count = 0;
  private readonly objects = new Map<object, number>();
  private readonly fields = new Map<object, FieldSpans>();
  private readonly labels = new Map<object, Record<string, string>>();

  private add(span: Span): number {
    if ((this.count + 1) * WIDTH > this.store.length) {
      const grown = new Uint32Array(this.store.length * 2);
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
  private span(index: number): Span {
    const at = index * WIDTH;
    const s = this.store;
    const start: Point = { line: s[at] ?? 0, column: s[at + 1] ?? 0, offset: s[at + 2] ?? 0 };
    const end: Point = { line: s[at + 3] ?? 0, column: s[at + 4] ?? 0, offset: s[at + 5] ?? 0 };
    return { start, end };
  }

  /**
   * Forgets every object and span, keeping the storage for the next ones: a parse that
   * lets each sheet go once it is written calls this between sheets (issue 13).
   */
  clear(): void {
    this.count = 0;
    this.objects.clear();
    this.fields.clear();
    this.labels.clear();
  }

  /** Records the span of an object's first row (or, for a Quantity, its cell). */
  set(object: object, span: Span): void {
    if (!this.objects.has(object)) this.objects.set(object, this.add(span));
  }

  get(object: object): Span | undefined {
    const index = this.objects.get(object);
    return index === undefined ? undefined : this.span(index);
  }

  /** The first line of an object's span, without making a span object (`--positions`, the report). */
  line(object: object): number | undefined {
    const index = this.objects.get(object);
    return index === undefined ? undefined : this.store[index * WIDTH];
  }

  /** Records where an object's field value stands, or where it belongs when blank. */
  setField(object: object, key: string, span: Span, replace = false): void {
    let spans = this.fields.get(object);
    if (!spans) {
      spans = {};
      this.fields.set(object, spans);
    }
    if (replace || !Object.hasOwn(spans, key)) spans[key] = this.add(span);
  }

  field(object: object, key: string): Span | undefined {
    const spans = this.fields.get(object);
    const index = spans && Object.hasOwn(spans, key) ? spans[key] : undefined;
    return index === undefined ? undefined : this.span(index);
  }

  /** Records the label a field's value was read under, as the sheet wrote it (`決算見込額`, `事業費`). */
  setLabel(object: object, key: string, label: string): void {
    let map = this.labels.get(object);
    if (!map) {
      map = {};
      this.labels.set(object, map);
    }
    if (!Object.hasOwn(map, key)) map[key] = label;
  }

  /** The label a field was read under, as written; undefined when it was not read from a labelled cell. */
  label(object: object, key: string): string | undefined {
    const map = this.labels.get(object);
    return map && Object.hasOwn(map, key) ? map[key] : undefined;
  }
}
