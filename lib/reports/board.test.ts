import { describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed";
import { executiveDashboard } from "@/lib/risk/dashboard";
import { createMember } from "@/tests/factories";
import { pdfText } from "@/tests/pdf-text";
import { boardReportPdf } from "./board";

describe("board report", () => {
  it("is a PDF naming the organization, the date and the top risks", async () => {
    const orgId = await seedDemo();
    const { actor } = await createMember(orgId, "EXECUTIVE");
    const data = await executiveDashboard(actor);
    const pdf = await boardReportPdf(actor.organizationName, data, new Date("2026-11-27T10:00:00Z"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("Northbridge Logistics");
    expect(text).toContain("2026-11-27");
    expect(text).toContain("1. BrightPath IT Services can execute code on");
    for (const t of data.topExposures) expect(text).toContain(t.vendor.name);
  });
});
