/**
 * Hostile and broken files for the readers, made in memory: minimal PDFs with correct
 * cross-reference offsets (an image-only page, a page count beyond the limit, an encrypted
 * one), a zip bomb, an encrypted workbook's OLE container.
 */
import { constants, deflateRawSync } from "node:zlib";
import { CFB } from "@e965/xlsx";
import { assemble } from "../../bench/make-pdf.mjs";

/** A PDF of the given objects (numbered from 1, object 1 the catalog) and trailer extras. */
export const minimalPdf = assemble;

function stream(dictionary: string, content: string): string {
  return `<< ${dictionary} /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;
}

/** One A4 page showing a 2×2 grey image and no text: what a scanner makes. */
export function imageOnlyPdf(): Buffer {
  return minimalPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
    stream("", "q 500 0 0 700 40 60 cm /Im1 Do Q"),
    stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x80\x80\x80\x80"),
  ]);
}

/** A PDF of `count` empty pages. */
export function manyPagesPdf(count: number): Buffer {
  const kids = Array.from({ length: count }, (_, index) => `${index + 3} 0 R`).join(" ");
  const pages = Array.from({ length: count }, () => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
  return minimalPdf(["<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`, ...pages]);
}

/** A PDF with the standard security handler and a user password that is not empty. */
export function encryptedPdf(): Buffer {
  const hex = (byte: string) => `<${byte.repeat(32)}>`;
  return minimalPdf(
    ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", `<< /Filter /Standard /V 1 /R 2 /O ${hex("1a")} /U ${hex("2b")} /P -4 >>`],
    `/Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] `,
  );
}

/**
 * A zip of one entry whose stored sizes claim `declared` bytes while its data inflates to
 * `actual` zero bytes. The data is made a mebibyte at a time (each piece a non-final deflate
 * run ended by a sync flush, then one final empty block), so making it needs no `actual` bytes.
 */
export function zipBomb(actual: number, declared = 1024): Buffer {
  const piece = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const parts: Buffer[] = [];
  for (let done = 0; done < actual; done += 1024 * 1024) parts.push(piece);
  parts.push(Buffer.from([0x03, 0x00]));
  return zipOf("xl/worksheets/sheet1.xml", Buffer.concat(parts), declared);
}

/** A zip of one deflated entry. */
export function zipOf(name: string, data: Buffer, declared: number): Buffer {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

/** The OLE container Excel writes for a password-protected .xlsx (EncryptionInfo + EncryptedPackage). */
export function encryptedWorkbook(): Buffer {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, "/EncryptionInfo", Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...Buffer.from("<encryption/>")]));
  CFB.utils.cfb_add(container, "/EncryptedPackage", Buffer.alloc(4096, 7));
  return Buffer.from(CFB.write(container, { type: "buffer" }) as Uint8Array);
}
