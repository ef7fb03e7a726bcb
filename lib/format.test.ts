import { describe, expect, it } from "vitest";
import { countOf } from "./format";

describe("countOf", () => {
  it("uses the singular for one and the plural otherwise, with irregular plurals passed in", () => {
    expect(countOf(1, "vendor")).toBe("1 vendor");
    expect(countOf(0, "vendor")).toBe("0 vendors");
    expect(countOf(2, "entry", "entries")).toBe("2 entries");
    expect(countOf(1400, "employee")).toBe("1,400 employees");
  });
});
