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
}
