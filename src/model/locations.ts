/**
 * Where each model object and field came from. The model stays plain data; rules and
 * `--positions` look positions up here by object identity.
 *
 * Spans are kept as six numbers in one growing typed array, not as the tree's span
 * objects: a big file records about a million of them, and once each sheet's tree is
 * dropped these numbers are all that is left of it (issue 13). Recording happens when a
 * sheet is built, after the parser has closed it, so every span is final by then.
 */
import type { Span } from "../syntax/ast.js";
import { SpanStore } from "./span-store.js";

/** A field name → span index record, one per object that has fields (the names are the model's own keys, never text of the input). */
type FieldSpans = Record<string, number>;

export class Locations {
  private readonly spans = new SpanStore();
  private readonly objects = new Map<object, number>();
  private readonly fields = new Map<object, FieldSpans>();
  private readonly labels = new Map<object, Record<string, string>>();

  /**
   * Forgets every object and span, keeping the storage for the next ones: a parse that
   * lets each sheet go once it is written calls this between sheets (issue 13).
   */
  clear(): void {
    this.spans.clear();
    this.objects.clear();
    this.fields.clear();
    this.labels.clear();
  }

  /** Records the span of an object's first row (or, for a Quantity, its cell). */
  set(object: object, span: Span): void {
    if (!this.objects.has(object)) this.objects.set(object, this.spans.add(span));
  }

  get(object: object): Span | undefined {
    const index = this.objects.get(object);
    return index === undefined ? undefined : this.spans.get(index);
  }

  /** The first line of an object's span, without making a span object (`--positions`, the report). */
  line(object: object): number | undefined {
    const index = this.objects.get(object);
    return index === undefined ? undefined : this.spans.line(index);
  }

  /** Records where an object's field value stands, or where it belongs when blank. */
  setField(object: object, key: string, span: Span, replace = false): void {
    let spans = this.fields.get(object);
    if (!spans) {
      spans = {};
      this.fields.set(object, spans);
    }
    if (replace || !Object.hasOwn(spans, key)) spans[key] = this.spans.add(span);
  }

  field(object: object, key: string): Span | undefined {
    const spans = this.fields.get(object);
    const index = spans && Object.hasOwn(spans, key) ? spans[key] : undefined;
    return index === undefined ? undefined : this.spans.get(index);
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
