/**
 * A zip (`.xlsx`) checked before any reader unpacks it: the central directory is read
 * by hand, and every entry is inflated once as a stream whose output is counted and thrown
 * away, so a zip bomb — a few kilobytes that unpack to gigabytes, or sizes that lie — is
 * refused with a message while memory stays flat. SheetJS, like most readers, unpacks
 * everything into memory first and trusts the declared sizes.
 */
import { createInflateRaw } from "node:zlib";
import { InputError } from "./types.js";
import { MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES } from "./limits.js";

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const BROKEN = "broken zip (the workbook is damaged or truncated)";

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The central directory's entries, from the end-of-central-directory record. */
function centralEntries(bytes: Uint8Array): Entry[] {
  const data = view(bytes);
  let eocd = -1;
  // The record is 22 bytes plus a comment of at most 65535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (data.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new InputError(BROKEN);
  const count = data.getUint16(eocd + 10, true);
  let at = data.getUint32(eocd + 16, true);
  if (count > MAX_ZIP_ENTRIES) throw new InputError(`zip with too many entries (${count}; a workbook has dozens)`);
  const entries: Entry[] = [];
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL) throw new InputError(BROKEN);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    entries.push({
      flags: data.getUint16(at + 8, true),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      declaredSize: data.getUint32(at + 24, true),
      localOffset: data.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates `data` and counts the output, discarding it; rejects past `limit` bytes. */
function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let total = 0;
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflate.destroy();
        reject(new InputError(tooBig()));
      }
    });
    inflate.on("error", () => reject(new InputError(BROKEN)));
    inflate.on("end", () => resolve(total));
    inflate.end(data);
  });
}

function tooBig(): string {
  return `zip bomb or oversized workbook: it unpacks to more than ${MAX_UNZIPPED_BYTES / (1024 * 1024)} MiB (the limit for one input)`;
}

/** The names of a zip's entries, after checking that everything in it unpacks within the limit. */
export async function checkZip(bytes: Uint8Array): Promise<string[]> {
  const entries = centralEntries(bytes);
  const data = view(bytes);
  // Honest sizes that add up beyond the limit are refused before anything is inflated.
  if (entries.reduce((sum, entry) => sum + entry.declaredSize, 0) > MAX_UNZIPPED_BYTES) throw new InputError(tooBig());
  let budget = MAX_UNZIPPED_BYTES;
  for (const entry of entries) {
    if ((entry.flags & 1) !== 0) throw new InputError("encrypted zip entries (a password-protected workbook)");
    const at = entry.localOffset;
    if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL) throw new InputError(BROKEN);
    const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw new InputError(BROKEN);
    let size: number;
    if (entry.method === 0) size = entry.compressedSize;
    // An entry inflating past its declared size lies about it, as only a bomb does: stop there.
    else if (entry.method === 8) size = await inflatedSize(bytes.subarray(start, end), Math.min(budget, entry.declaredSize));
    else throw new InputError(`zip compression method ${entry.method} is not supported`);
    budget -= size;
    if (budget < 0) throw new InputError(tooBig());
  }
  return entries.map((entry) => entry.name);
}
