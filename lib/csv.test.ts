import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

describe("CSV export", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\",\"x\")")).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("Acme")).toBe("Acme");
  });

  it("quotes commas, quotes and line breaks; writes dates as days", () => {
    expect(csvRow(["a,b", 'say "hi"', "two\nlines", null, new Date("2026-03-01T10:00:00Z"), 3])).toBe('"a,b","say ""hi""","two\nlines",,2026-03-01,3\r\n');
  });

  it("never lets a cell start with a formula character outside quotes", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = csvCell(s);
        const unquoted = cell.startsWith('"') ? cell.slice(1) : cell;
        return !/^[=+\-@\t\r]/.test(unquoted);
      }),
    );
  });
});
