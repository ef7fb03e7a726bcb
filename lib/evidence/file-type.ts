// Evidence files are identified by their content (magic bytes), and the name's extension must agree with it: the
// browser-supplied Content-Type and the extension alone are attacker-controlled. Server-only code.

type Kind = "pdf" | "png" | "jpeg" | "ooxml" | "text";

/** Allowed evidence files, by lower-case extension. `part` is the folder an Office file's main part lives in. */
export const ALLOWED_EVIDENCE_TYPES = {
  pdf: { kind: "pdf", contentType: "application/pdf", noun: "PDF file" },
  png: { kind: "png", contentType: "image/png", noun: "PNG image" },
  jpg: { kind: "jpeg", contentType: "image/jpeg", noun: "JPEG image" },
  jpeg: { kind: "jpeg", contentType: "image/jpeg", noun: "JPEG image" },
  docx: {
    kind: "ooxml",
    part: "word/",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    noun: "Word document",
  },
  xlsx: {
    kind: "ooxml",
    part: "xl/",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    noun: "Excel workbook",
  },
  pptx: {
    kind: "ooxml",
    part: "ppt/",
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
 * An Office Open XML package is a ZIP with a `[Content_Types].xml` entry and its main part under `part` (word/, xl/,
 * ppt/). Entry names come from the central directory; when that cannot be read (e.g. ZIP64 records), fall back to
 * looking for the `[Content_Types].xml` name in the first 64 KiB, where Office writes it as the first entry.
 */
function isOfficeZip(bytes: Uint8Array, part: string): boolean {
  const names = zipEntryNames(bytes);
  if (!names) return latin1(bytes.subarray(0, 64 * 1024)).includes(CONTENT_TYPES);
  return names.includes(CONTENT_TYPES) && names.some((n) => n.startsWith(part));
}

const latin1 = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes);

/** Entry names from the ZIP central directory, or null when it is missing, truncated or ZIP64. */
function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record (22 bytes + a comment of up to 65535) closes the file.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > bytes.length) return null;
    names.push(latin1(bytes.subarray(at + 46, at + 46 + nameLength)));
    at = next;
  }
  return names;
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
