import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidLei, leiCheckDigits } from "./lei";

const alnum = fc.constantFrom(..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".split(""));
const prefix = fc.array(alnum, { minLength: 18, maxLength: 18 }).map((a) => a.join(""));

describe("LEI checksum", () => {
  it("accepts real LEIs", () => {
    // GLEIF's own LEI, and the Bank for International Settlements'.
    expect(isValidLei("506700GE1G29325QX363")).toBe(true);
    expect(isValidLei("549300DTUYXVMJXZNY75")).toBe(true);
  });

  it("rejects wrong length, lower case and letters in the check digits", () => {
    expect(isValidLei("506700GE1G29325QX36")).toBe(false);
    expect(isValidLei("506700ge1g29325qx363")).toBe(false);
    expect(isValidLei("506700GE1G29325QX3A3")).toBe(false);
  });

  it("accepts every prefix with its computed check digits", () => {
    fc.assert(fc.property(prefix, (p) => isValidLei(p + leiCheckDigits(p))));
  });

  it("rejects any single changed character", () => {
    fc.assert(
      fc.property(prefix, fc.integer({ min: 0, max: 19 }), alnum, (p, position, replacement) => {
        const lei = p + leiCheckDigits(p);
        const changed = lei.slice(0, position) + replacement + lei.slice(position + 1);
        fc.pre(changed !== lei && /^[0-9A-Z]{18}[0-9]{2}$/.test(changed));
        return !isValidLei(changed);
      }),
    );
  });
});
