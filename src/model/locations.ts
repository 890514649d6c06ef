/**
 * Where each model object and field came from. The model stays plain data; rules and
 * `--positions` look positions up here by object identity.
 */
import type { Span } from "../syntax/ast.js";

export class Locations {
  private readonly objects = new Map<object, Span>();
  private readonly fields = new Map<object, Map<string, Span>>();

  /** Records the span of an object's first row (or, for a Quantity, its cell). */
  set(object: object, span: Span): void {
    if (!this.objects.has(object)) this.objects.set(object, span);
  }

  get(object: object): Span | undefined {
    return this.objects.get(object);
  }

  /** Records where an object's field value stands, or where it belongs when blank. */
  setField(object: object, key: string, span: Span, replace = false): void {
    let map = this.fields.get(object);
    if (!map) {
      map = new Map();
      this.fields.set(object, map);
    }
    if (replace || !map.has(key)) map.set(key, span);
  }

  field(object: object, key: string): Span | undefined {
    return this.fields.get(object)?.get(key);
  }

  private readonly labels = new Map<object, Map<string, string>>();

  /** Records the label a field's value was read under, as the sheet wrote it (`決算見込額`, `事業費`). */
  setLabel(object: object, key: string, label: string): void {
    let map = this.labels.get(object);
    if (!map) {
      map = new Map();
      this.labels.set(object, map);
    }
    if (!map.has(key)) map.set(key, label);
  }

  /** The label a field was read under, as written; undefined when it was not read from a labelled cell. */
  label(object: object, key: string): string | undefined {
    return this.labels.get(object)?.get(key);
  }
}
