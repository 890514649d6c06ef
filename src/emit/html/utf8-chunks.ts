/**
 * Text kept as UTF-8 for the end of the page, gathered a row at a time: rows are joined and
 * encoded every few tens of thousands of characters, so that a file's thousands of rows
 * never become one string. A string grown by `+=` over a big file's 事業 or diagnostics was
 * a chain of tens of thousands of pieces, held until the file's end and so promoted to the
 * old generation, where it stayed as garbage (issue 13).
 */
const CHUNK_CHARS = 32 * 1024;

export class Utf8Chunks {
  private parts: string[] = [];
  private chars = 0;
  private readonly chunks: Buffer[] = [];

  add(text: string): void {
    if (text === "") return;
    this.parts.push(text);
    this.chars += text.length;
    if (this.chars >= CHUNK_CHARS) this.flush();
  }

  /** Everything added, in order, as UTF-8 chunks; none when nothing was. */
  done(): Buffer[] {
    this.flush();
    return this.chunks;
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.chunks.push(Buffer.from(this.parts.join("")));
    this.parts = [];
    this.chars = 0;
  }
}
