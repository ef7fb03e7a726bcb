import { describe, expect, it } from "vitest";
import { productName } from "./product-name";

describe("productName", () => {
  it("names the maker once", () => {
    expect(productName("TeamViewer", "TeamViewer", "15.40")).toBe("TeamViewer 15.40");
    expect(productName("Microsoft", "Microsoft Exchange Server")).toBe("Microsoft Exchange Server");
    expect(productName("kaseya", "Kaseya VSA", " ")).toBe("Kaseya VSA");
  });

  it("puts the maker before a product that does not name it", () => {
    expect(productName("Kaseya", "Virtual System/Server Administrator (VSA)", "9.5.6")).toBe("Kaseya Virtual System/Server Administrator (VSA) 9.5.6");
    expect(productName("Fortinet", "FortiOS")).toBe("Fortinet FortiOS");
    // A product that merely begins with the same letters is not the maker's name.
    expect(productName("Ivanti", "IvantiConnect")).toBe("Ivanti IvantiConnect");
  });
});
