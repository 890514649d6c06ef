/**
 * One copy of each distinct text: what cross-sheet rules keep of thousands of sheets until
 * the end of the file repeats itself (every 事業 of a 施策 states the same 施策の大綱,
 * 施策の目的 and 施策), so each rule keeps each text once (issue 13).
 */
export class TextPool {
  private readonly texts = new Map<string, string>();

  /** The pool's copy of `text` (the first one seen), or null. */
  intern(text: string | null): string | null {
    if (text === null) return null;
    const kept = this.texts.get(text);
    if (kept !== undefined) return kept;
    this.texts.set(text, text);
    return text;
  }
}
