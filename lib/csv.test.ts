import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvRow, decodeText, WINDOWS_1252_NOTICE } from "./csv";

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

describe("CSV upload decoding", () => {
  const utf16le = (text: string) => Buffer.from(text, "utf16le");
  const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();
  const bytes = (...parts: (number[] | Buffer | string)[]) => new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p)))));

  it("reads UTF-8 with and without a byte-order mark, without a notice", () => {
    expect(decodeText(bytes("Name\nMüller GmbH\n"))).toEqual({ text: "Name\nMüller GmbH\n", encoding: "UTF-8" });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], "Name\nSécurité\n"))).toEqual({ text: "Name\nSécurité\n", encoding: "UTF-8 with byte-order mark" });
  });

  it("reads UTF-16 in either byte order when the byte-order mark says so", () => {
    expect(decodeText(bytes([0xff, 0xfe], utf16le("Name\r\nMüller\r\n")))).toEqual({ text: "Name\r\nMüller\r\n", encoding: "UTF-16LE with byte-order mark" });
    expect(decodeText(bytes([0xfe, 0xff], utf16be("Name\nŁódź\n")))).toEqual({ text: "Name\nŁódź\n", encoding: "UTF-16BE with byte-order mark" });
  });

  it("reads what is not UTF-8 as Windows-1252, with a notice to check the names", () => {
    // "CP Müller; Société Générale; €" as German or French Excel saves it.
    const decoded = decodeText(bytes("Name\nCP M", [0xfc], "ller\nSoci", [0xe9], "t", [0xe9], " G", [0xe9], "n", [0xe9], "rale\n", [0x80], "\n"));
    expect(decoded).toEqual({ text: "Name\nCP Müller\nSociété Générale\n€\n", encoding: "Windows-1252", notice: WINDOWS_1252_NOTICE });
    expect(decoded.notice).toBe("Read as Windows-1252 (Western European); check the accented names below.");
    // 0x80–0x9F are typographic characters in Windows-1252, not Latin-1 control characters; five bytes are undefined.
    const high = decodeText(bytes([0xe9, ...Array.from({ length: 32 }, (_, i) => 0x80 + i)])).text;
    expect(high).toBe("é€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ");
  });

  it("refuses UTF-16 without a byte-order mark, UTF-32, binary files and broken files, naming what it found", () => {
    expect(() => decodeText(bytes(utf16le("Name\nAcme\n")))).toThrow(/cannot be read: it looks like UTF-16LE \(little-endian\) without a byte-order mark/);
    expect(() => decodeText(bytes(utf16be("Name\nAcme\n")))).toThrow(/UTF-16BE \(big-endian\) without a byte-order mark/);
    expect(() => decodeText(bytes([0xff, 0xfe, 0, 0], "N\0\0\0"))).toThrow(/UTF-32/);
    expect(() => decodeText(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))).toThrow(/Excel workbook \(\.xlsx\)/);
    expect(() => decodeText(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]))).toThrow(/binary data/);
    expect(() => decodeText(bytes([0xef, 0xbb, 0xbf], "Name\nM", [0xfc], "ller\n"))).toThrow(/byte-order mark of UTF-8, but the rest is not valid UTF-8/);
    expect(() => decodeText(bytes([0xff, 0xfe], utf16le("Name"), [0x41]))).toThrow(/byte-order mark of UTF-16LE, but the rest is not valid UTF-16LE/);
    expect(() => decodeText(bytes(utf16le("Name\nAcme\n")))).toThrow(/Save it as “CSV UTF-8/);
  });
});
