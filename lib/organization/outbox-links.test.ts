import { describe, expect, it } from "vitest";
import { linkParts } from "./outbox-links";

const ORIGIN = "https://chainward.example.com";

describe("links in outbox emails", () => {
  it("turns the app's own links into links, without the sentence's punctuation", () => {
    const text = `Open the questionnaire:\n\n${ORIGIN}/portal/verify?token=a-b_c%2B\n\nOr sign in at ${ORIGIN}/portal/sign-in.`;
    expect(linkParts(text, ORIGIN)).toEqual([
      { text: "Open the questionnaire:\n\n" },
      { text: `${ORIGIN}/portal/verify?token=a-b_c%2B`, href: `${ORIGIN}/portal/verify?token=a-b_c%2B` },
      { text: "\n\nOr sign in at " },
      { text: `${ORIGIN}/portal/sign-in`, href: `${ORIGIN}/portal/sign-in` },
      { text: "." },
    ]);
  });

  it("leaves other origins, other schemes and look-alike hosts as text", () => {
    for (const text of [
      "https://evil.example/portal/verify?token=x",
      "https://chainward.example.com.evil.example/portal",
      "https://chainward.example.com@evil.example/portal",
      "http://chainward.example.com/portal",
      "javascript:alert(1)//https://chainward.example.com",
      "<a href=\"https://evil.example\">https://chainward.example.com</a>",
    ]) {
      const links = linkParts(text, ORIGIN).filter((p) => p.href);
      for (const link of links) expect(new URL(link.href!).origin).toBe(ORIGIN);
      expect(linkParts(text, ORIGIN).map((p) => p.text).join("")).toBe(text);
    }
    expect(linkParts("https://evil.example/x and javascript:alert(1)", ORIGIN)).toEqual([{ text: "https://evil.example/x and javascript:alert(1)" }]);
  });

  it("keeps markup as text: a link never carries a quote or angle bracket", () => {
    const parts = linkParts(`${ORIGIN}/portal"><script>alert(1)</script>`, ORIGIN);
    expect(parts).toEqual([{ text: `${ORIGIN}/portal`, href: `${ORIGIN}/portal` }, { text: `"><script>alert(1)</script>` }]);
  });
});
