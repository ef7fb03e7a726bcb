// CSV for exports. Cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return)
// are prefixed with an apostrophe: a vendor named "=HYPERLINK(…)" must not execute in someone's Excel.
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
