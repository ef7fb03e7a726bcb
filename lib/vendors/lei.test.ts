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

  // MOD 97-10 catches every substitution of a digit by a digit, or a letter by a letter (a letter stands for two
  // digits, so a letter-for-digit swap changes the length of the number and is not guaranteed to be caught).
  it("rejects any single digit or letter replaced by another of its kind", () => {
    fc.assert(
      fc.property(prefix, fc.integer({ min: 0, max: 19 }), fc.integer({ min: 1, max: 35 }), (p, position, shift) => {
        const lei = p + leiCheckDigits(p);
        const original = lei[position]!;
        const isDigit = /[0-9]/.test(original);
        const alphabet = isDigit ? "0123456789" : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const replacement = alphabet[(alphabet.indexOf(original) + (shift % (alphabet.length - 1)) + 1) % alphabet.length]!;
        const changed = lei.slice(0, position) + replacement + lei.slice(position + 1);
        expect(changed).not.toBe(lei);
        return !isValidLei(changed);
      }),
      { numRuns: 2000 },
    );
  });
});
