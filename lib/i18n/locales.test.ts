import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it("takes the best-rated language we speak, regional ranges included", () => {
    expect(negotiateLocale("de-AT,de;q=0.9,en;q=0.6")).toBe("de");
    expect(negotiateLocale("it-IT,it;q=0.9,fr;q=0.8,en;q=0.5")).toBe("fr");
    expect(negotiateLocale("en;q=0.4,fr-CA;q=0.8")).toBe("fr");
  });
  it("falls back to English for nothing we speak, a refused language or a malformed header", () => {
    expect(negotiateLocale("ja,zh;q=0.8")).toBe("en");
    expect(negotiateLocale("fr;q=0")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale(";;,q=,")).toBe("en");
  });
});
