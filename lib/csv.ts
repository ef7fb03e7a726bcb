// CSV for exports. Cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return)
// are prefixed with an apostrophe: a vendor named "=HYPERLINK(…)" must not execute in someone's Excel.
// Uploaded CSV files are decoded by `decodeText`, which decides their character encoding.
import { ActionError } from "@/lib/errors";
import { streamed } from "@/lib/http";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (cells: unknown[]) => `${cells.map(csvCell).join(",")}\r\n`;

/**
 * A streamed CSV response: the header, then rows fetched page by page, so memory stays flat however many rows there
 * are.
 */
export function csvResponse(filename: string, header: string[], pages: () => AsyncGenerator<unknown[][]>): Response {
  async function* text() {
    yield `\uFEFF${csvRow(header)}`;
    for await (const rows of pages()) yield rows.map(csvRow).join("");
  }
  return new Response(streamed(text()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

export const WINDOWS_1252_NOTICE = "Read as Windows-1252 (Western European); check the accented names below.";

export interface DecodedText {
  text: string;
  /** The encoding the file was read in, as people name it ("UTF-8", "UTF-16LE with byte-order mark", …). */
  encoding: string;
  /** Set when the encoding is a guess that the reader should check. */
  notice?: string;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const strictly = (label: string, bytes: Uint8Array) => new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);

function unreadable(reason: string): never {
  throw new ActionError(`The file cannot be read: ${reason}. Save it as “CSV UTF-8 (comma delimited)” and upload it again.`, "file");
}

/** What a file that is not text in a supported encoding looks like, in words, from its first bytes and its NUL bytes. */
function describeBinary(bytes: Uint8Array): string {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return "it is a ZIP archive, such as an Excel workbook (.xlsx), not a CSV file";
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return "it is an older Excel workbook (.xls), not a CSV file";
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  sample.forEach((b, i) => {
    if (b === 0) {
      if (i % 2) odd += 1;
      else even += 1;
    }
  });
  const pairs = Math.floor(sample.length / 2) || 1;
  // Latin text in UTF-16 has a NUL in every other byte: at odd offsets in little-endian, at even ones in big-endian.
  if (odd / pairs > 0.3 && even / pairs < 0.05) return "it looks like UTF-16LE (little-endian) without a byte-order mark";
  if (even / pairs > 0.3 && odd / pairs < 0.05) return "it looks like UTF-16BE (big-endian) without a byte-order mark";
  return "it contains binary data (NUL bytes), not text";
}

/**
 * Decides a text file's encoding and decodes it: a byte-order mark names the encoding (UTF-8, UTF-16LE, UTF-16BE);
 * without one, valid UTF-8 is UTF-8, and anything else is read as Windows-1252 (what Excel writes in Western Europe)
 * with a notice to check the result. Files that are neither (UTF-32, UTF-16 without a byte-order mark, binary files,
 * or a byte-order mark followed by bytes invalid in its encoding) are refused with a message naming what was found.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return withBom("utf-8", "UTF-8", bytes.subarray(3));
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) unreadable("it is UTF-32, which is not supported");
  if (startsWith(bytes, 0xff, 0xfe)) return withBom("utf-16le", "UTF-16LE", bytes.subarray(2));
  if (startsWith(bytes, 0xfe, 0xff)) return withBom("utf-16be", "UTF-16BE", bytes.subarray(2));
  if (bytes.includes(0)) unreadable(describeBinary(bytes));
  try {
    return { text: strictly("utf-8", bytes), encoding: "UTF-8" };
  } catch {
    return { text: windows1252(bytes), encoding: "Windows-1252", notice: WINDOWS_1252_NOTICE };
  }
}

/** What Windows-1252 puts at 0x80–0x9F, where Latin-1 has control characters (undefined bytes stay as they are). */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/**
 * Windows-1252 as the WHATWG Encoding Standard defines it. Node's own "windows-1252" decoder (since 20.18.3 and
 * 22.13.0, nodejs/node#60888) reads 0x80–0x9F as Latin-1 control characters, which would turn “€”, “Š” or typographic
 * quotes into invisible characters; those 32 bytes are mapped here.
 */
function windows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function withBom(label: string, name: string, body: Uint8Array): DecodedText {
  try {
    return { text: strictly(label, body), encoding: `${name} with byte-order mark` };
  } catch {
    return unreadable(`it starts with the byte-order mark of ${name}, but the rest is not valid ${name}`);
  }
}
