import { describe, expect, it } from "vitest";
import { z } from "zod";
import { forbiddenCharacter, id, isRecordId, optionalEmail, optionalText, optionalUrl, plainString, searchParam, text } from "./validation";

describe("the shared text rule", () => {
  it("names the first character text may not hold: C0 controls other than tab and line breaks, DEL, unpaired surrogates", () => {
    expect(forbiddenCharacter("a\u0000b")).toBe("U+0000");
    expect(forbiddenCharacter("bell\u0007")).toBe("U+0007");
    expect(forbiddenCharacter("\u001b[31mred")).toBe("U+001B");
    expect(forbiddenCharacter("x\u000by")).toBe("U+000B");
    expect(forbiddenCharacter("del\u007f")).toBe("U+007F");
    expect(forbiddenCharacter("broken \ud83d")).toBe("U+D83D");
    expect(forbiddenCharacter("\ude00 low first")).toBe("U+DE00");
    expect(forbiddenCharacter("swapped \ude00\ud83d")).toBe("U+DE00");
  });

  it("lets through what people type: tab, line breaks, accents, other scripts, emoji", () => {
    for (const ok of ["", "plain", "tab\there", "lines\nand\r\nmore", "Müller & Søn – ½ € “quoted”", "東京 · Київ · القاهرة", "rocket 🚀 done", "\u00a0nbsp\u2028"]) {
      expect(forbiddenCharacter(ok)).toBeNull();
    }
  });

  it("refuses in every form helper, with a message naming the field, before any other rule", () => {
    const schema = z.object({ name: text(120, "The name"), legalName: optionalText(200), website: optionalUrl(), email: optionalEmail(), vendorId: id() });
    const parsed = schema.safeParse({ name: "Acme\u0000", legalName: "Acme\u0000 GmbH", website: "https://acme.example/\u0000", email: "a\u0000@b.test", vendorId: "abc\u0000" });
    expect(parsed.success).toBe(false);
    const errors = z.flattenError(parsed.error!).fieldErrors;
    expect(errors.name).toEqual(["The name contains a control character (U+0000) that cannot be saved: remove it and try again."]);
    expect(errors.legalName).toEqual(["Legal name contains a control character (U+0000) that cannot be saved: remove it and try again."]);
    expect(errors.website?.[0]).toMatch(/^Website contains a control character \(U\+0000\)/);
    expect(errors.email?.[0]).toMatch(/^Email contains a control character/);
    expect(errors.vendorId?.[0]).toMatch(/^Vendor id contains a control character/);
  });

  it("names an incomplete character as such", () => {
    expect(plainString("The comment").safeParse("x\ud800").error?.issues[0]?.message).toBe(
      "The comment contains an incomplete character (U+D800) that cannot be saved: remove it and try again.",
    );
  });

  it("keeps valid text as before (trimmed, line breaks kept)", () => {
    expect(text(50, "The name").parse("  Acme\tGroup\n ")).toBe("Acme\tGroup");
    expect(optionalText(50).parse("line one\r\nline two")).toBe("line one\r\nline two");
  });

  it("record ids and search parameters: refused characters are not ids, and a search holding one is an error", () => {
    expect(isRecordId("cm1abcdefghijklmnop")).toBe(true);
    expect(isRecordId("\u0000")).toBe(false);
    expect(isRecordId("x".repeat(41))).toBe(false);
    expect(searchParam(100).parse(" acme ")).toBe("acme");
    expect(searchParam(100).parse(undefined)).toBeUndefined();
    expect(searchParam(100).parse(["a", "b"])).toBeUndefined();
    expect(searchParam(3).parse("long")).toBeUndefined();
    expect(searchParam(100).safeParse("acme\u0000").error?.issues[0]?.message).toMatch(/^The search contains a control character \(U\+0000\)/);
  });
});
