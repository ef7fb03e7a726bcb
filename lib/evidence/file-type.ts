// Evidence files are identified by their content (magic bytes), and the name's extension must agree with it: the
// browser-supplied Content-Type and the extension alone are attacker-controlled. Server-only code.
import { constants as zlibConstants, inflateRawSync } from "node:zlib";

type Kind = "pdf" | "png" | "jpeg" | "ooxml" | "text";

/** Allowed evidence files, by lower-case extension. `part` is the main part an Office file must hold. */
export const ALLOWED_EVIDENCE_TYPES = {
  pdf: { kind: "pdf", contentType: "application/pdf", noun: "PDF file" },
  png: { kind: "png", contentType: "image/png", noun: "PNG image" },
  jpg: { kind: "jpeg", contentType: "image/jpeg", noun: "JPEG image" },
  jpeg: { kind: "jpeg", contentType: "image/jpeg", noun: "JPEG image" },
  docx: {
    kind: "ooxml",
    part: "word/document.xml",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    noun: "Word document",
  },
  xlsx: {
    kind: "ooxml",
    part: "xl/workbook.xml",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    noun: "Excel workbook",
  },
  pptx: {
    kind: "ooxml",
    part: "ppt/presentation.xml",
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    noun: "PowerPoint presentation",
  },
  txt: { kind: "text", contentType: "text/plain; charset=utf-8", noun: "text file" },
  csv: { kind: "text", contentType: "text/csv; charset=utf-8", noun: "CSV file" },
  json: { kind: "text", contentType: "application/json", noun: "JSON file" },
  md: { kind: "text", contentType: "text/markdown; charset=utf-8", noun: "Markdown file" },
} as const satisfies Record<string, { kind: Kind; contentType: string; noun: string; part?: string }>;

export type EvidenceExtension = keyof typeof ALLOWED_EVIDENCE_TYPES;

export type EvidenceTypeResult =
  | { ok: true; contentType: string; extension: string }
  | { ok: false; message: string };

const ALLOWED_MESSAGE =
  "Only PDF, PNG, JPEG, Word/Excel/PowerPoint (.docx, .xlsx, .pptx) and text files (.txt, .csv, .json, .md) can be attached.";

const MAGIC: Record<Exclude<Kind, "text">, number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff],
  ooxml: [0x50, 0x4b, 0x03, 0x04], // PK\3\4, a ZIP local file header
};

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** Checks the content against the extension of `fileName`; the message is for the person uploading. */
export function detectEvidenceType(fileName: string, bytes: Uint8Array): EvidenceTypeResult {
  const shown = safeFileName(fileName);
  const dot = shown.lastIndexOf(".");
  const extension = dot > 0 ? shown.slice(dot + 1).toLowerCase() : "";
  if (!Object.hasOwn(ALLOWED_EVIDENCE_TYPES, extension)) return { ok: false, message: ALLOWED_MESSAGE };
  const type: { kind: Kind; contentType: string; noun: string; part?: string } =
    ALLOWED_EVIDENCE_TYPES[extension as EvidenceExtension];
  if (bytes.length === 0) return { ok: false, message: `${shown} is empty.` };

  let matches: boolean;
  switch (type.kind) {
    case "ooxml":
      matches = startsWith(bytes, MAGIC.ooxml) && isOfficeZip(bytes, type.part ?? "");
      break;
    case "text":
      // A PDF can be pure ASCII: refuse anything that starts like one of the binary formats.
      matches = !Object.values(MAGIC).some((m) => startsWith(bytes, m)) && isPlainText(bytes);
      break;
    default:
      matches = startsWith(bytes, MAGIC[type.kind]);
  }
  return matches
    ? { ok: true, contentType: type.contentType, extension }
    : { ok: false, message: `${shown} is not a ${type.noun}: its content does not match its name.` };
}

/** Valid UTF-8 without NUL or other C0 control characters (tab, CR, LF and form feed are allowed). */
function isPlainText(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const CONTENT_TYPES = "[Content_Types].xml";

/**
 * An Office Open XML package: a ZIP whose central directory lists `[Content_Types].xml` and the main part of the type
 * (`part`: word/document.xml, xl/workbook.xml, ppt/presentation.xml) as real entries, each with a local header at the
 * offset the directory gives and data that decompresses (the content types completely, checked against their CRC-32;
 * the main part's beginning, which must be XML). Part names compare case-insensitively, as OPC defines them. Anything
 * else, including a file that only contains those names somewhere in its bytes, is not one.
 */
function isOfficeZip(bytes: Uint8Array, part: string): boolean {
  const entries = zipCentralDirectory(bytes);
  if (!entries) return false;
  const find = (name: string) => entries.filter((e) => e.name.toLowerCase() === name.toLowerCase());
  const [types, main] = [find(CONTENT_TYPES), find(part)];
  if (types.length !== 1 || main.length !== 1) return false;
  const typesXml = readEntry(bytes, types[0]!, "whole");
  if (typesXml === null || !/<Types[\s/>]/.test(typesXml)) return false;
  const mainXml = readEntry(bytes, main[0]!, "beginning");
  return mainXml !== null && /^(\ufeff)?\s*</.test(mainXml);
}

type ZipEntry = { name: string; flags: number; method: number; crc: number; compressedSize: number; size: number; localOffset: number };

const SIG = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, end64: 0x06064b50, locator64: 0x07064b50 };
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

/**
 * The entries of a ZIP's central directory, read from its end-of-central-directory record (ZIP64 included); null when
 * the file is not a complete, single-part ZIP whose directory lies where the record says.
 */
function zipCentralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u64 = (at: number) => {
    const n = view.getBigUint64(at, true);
    return n > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(n);
  };
  // The end-of-central-directory record (22 bytes + a comment of up to 65535) closes the file.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - U16_MAX); i--) {
    if (view.getUint32(i, true) === SIG.end && i + 22 + view.getUint16(i + 20, true) === bytes.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let disk = view.getUint16(eocd + 4, true);
  let directoryDisk = view.getUint16(eocd + 6, true);
  let onDisk = view.getUint16(eocd + 8, true);
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  let directoryEnd = eocd;
  // ZIP64 (needed when a field above is full, and written by some tools anyway): a locator just before the record
  // points at the ZIP64 end-of-central-directory record, which then holds the values and follows the directory.
  const locator = eocd - 20;
  if (locator >= 0 && view.getUint32(locator, true) === SIG.locator64) {
    const end64 = u64(locator + 8);
    if (end64 < 0 || end64 + 56 > locator || view.getUint32(end64, true) !== SIG.end64) return null;
    disk = view.getUint32(end64 + 16, true);
    directoryDisk = view.getUint32(end64 + 20, true);
    onDisk = u64(end64 + 24);
    count = u64(end64 + 32);
    size = u64(end64 + 40);
    offset = u64(end64 + 48);
    directoryEnd = end64;
  } else if (count === U16_MAX || onDisk === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    return null;
  }
  // One part only, and the directory exactly fills the space before the end record.
  if (disk !== 0 || directoryDisk !== 0 || onDisk !== count || count < 0 || size < 0 || offset < 0) return null;
  if (offset + size !== directoryEnd) return null;
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directoryEnd || view.getUint32(at, true) !== SIG.central) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
    if (next > directoryEnd) return null;
    const entry: ZipEntry = {
      name: new TextDecoder("utf-8").decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (!readZip64Extra(view, at + 46 + nameLength, extraLength, entry)) return null;
    entries.push(entry);
    at = next;
  }
  return at === directoryEnd ? entries : null;
}

/** Replaces the sizes and offset a central directory header marks as 0xFFFFFFFF with its ZIP64 extra field's values. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): boolean {
  const wanted = (["size", "compressedSize", "localOffset"] as const).filter((k) => entry[k] === U32_MAX);
  if (!wanted.length) return true;
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const dataLength = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      if (dataLength < wanted.length * 8 || at + 4 + dataLength > start + length) return false;
      wanted.forEach((k, i) => {
        const n = view.getBigUint64(at + 4 + i * 8, true);
        entry[k] = n > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(n);
      });
      return wanted.every((k) => entry[k] >= 0);
    }
    at += 4 + dataLength;
  }
  return false;
}

/**
 * Largest `[Content_Types].xml` read whole; how much of a main part's compressed data is read to see that it is XML
 * (deflate expands at most 1032-fold, so its text stays under the output limit).
 */
const MAX_CONTENT_TYPES_BYTES = 1024 * 1024;
const MAIN_PART_PREFIX_BYTES = 512;

/**
 * An entry's text as UTF-8: "whole" decompresses it completely and checks its length and CRC-32; "beginning" only the
 * first compressed bytes. Null when its local header is not where the directory says, names another file, the data
 * lies outside the file, it is encrypted, compressed other than stored/deflate, or does not decompress.
 */
function readEntry(bytes: Uint8Array, entry: ZipEntry, how: "whole" | "beginning"): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (entry.flags & 0x1 || (entry.method !== 0 && entry.method !== 8)) return null;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== SIG.local) return null;
  const nameLength = view.getUint16(at + 26, true);
  const dataStart = at + 30 + nameLength + view.getUint16(at + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) return null;
  if (new TextDecoder("utf-8").decode(bytes.subarray(at + 30, at + 30 + nameLength)) !== entry.name) return null;
  const data = bytes.subarray(dataStart, dataEnd);
  try {
    if (how === "whole") {
      if (entry.size > MAX_CONTENT_TYPES_BYTES) return null;
      const content = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
      if (content.length !== entry.size || crc32(content) !== entry.crc) return null;
      return new TextDecoder("utf-8").decode(content);
    }
    const head = data.subarray(0, MAIN_PART_PREFIX_BYTES);
    const content = entry.method === 0 ? head : inflateRawSync(head, { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: MAX_CONTENT_TYPES_BYTES });
    return content.length ? new TextDecoder("utf-8").decode(content) : null;
  } catch {
    return null;
  }
}

let crcTable: Uint32Array | null = null;

/** CRC-32 as ZIP uses it (IEEE 802.3). */
function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of data) crc = crcTable[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const MAX_NAME = 150;

/**
 * A file name that is safe to store and show and to put in a Content-Disposition header: no directories, control or
 * invisible direction-changing characters, quotes or characters Windows refuses; at most 150 characters, keeping the
 * extension. Falls back to "evidence".
 */
export function safeFileName(name: string): string {
  const base = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base
    // C0/C1 controls and DEL; bidi overrides and zero-width characters (they can disguise "exe.pdf" as "fdp.exe").
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/["'`<>:|?*]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[. ]+$/, ""); // Windows drops trailing dots and spaces
  if (!cleaned) return "evidence";
  // A leading dot would make a hidden file (and ".." a directory).
  const named = cleaned.startsWith(".") ? `evidence${cleaned}` : cleaned;
  const chars = Array.from(named); // code points, so a surrogate pair is never split
  if (chars.length <= MAX_NAME) return named;
  const dot = named.lastIndexOf(".");
  const ext = dot > 0 && named.length - dot <= 16 ? Array.from(named.slice(dot)) : [];
  return chars.slice(0, MAX_NAME - ext.length).join("").trimEnd() + ext.join("");
}
