import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { demoOrganization, seedDemo, seedOrganization } from "@/lib/demo/seed";
import { executiveDashboard } from "@/lib/risk/dashboard";
import { createMember } from "@/tests/factories";
import { pdfText } from "@/tests/pdf-text";
import { boardReportPdf, MISSING_GLYPH, printable } from "./board";

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

  it("prints Polish, Greek and Bulgarian names as they are, and a visible placeholder for characters its font lacks", async () => {
    // A copy of the demo register of its own: the vendor is renamed, and the demo organization is shared with other tests.
    const orgId = await seedOrganization({ ...demoOrganization, slug: `board-glyphs-${Date.now()}`, name: "Board glyphs", users: [] });
    const { actor } = await createMember(orgId, "EXECUTIVE");
    const top = (await executiveDashboard(actor)).topExposures[0]!.vendor;
    await db().vendor.update({ where: { id: top.id }, data: { name: "Zoë Łódź Ελληνικά Български 株式会社" } });
    const data = await executiveDashboard(actor, new Date(Date.now() + 1000));
    expect(data.topExposures[0]!.vendor.name).toBe("Zoë Łódź Ελληνικά Български 株式会社");
    const pdf = await boardReportPdf("Dvořák & Ωμέγα Логистика ООД", data, new Date("2026-11-27T10:00:00Z"));
    const text = pdfText(pdf);
    expect(text).toContain("Dvořák & Ωμέγα Логистика ООД · 2026-11-27");
    expect(text).toContain(`1. Zoë Łódź Ελληνικά Български ${MISSING_GLYPH.repeat(4)} can execute code on`);
    expect(text).not.toContain("株");
    // The text is drawn in the embedded DejaVu fonts, not in Helvetica.
    expect(pdf.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(pdf.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(pdf.toString("latin1")).not.toContain("/Helvetica");
  });

  it("replaces what the font cannot show, drops invisible formatting characters and composes accents", () => {
    const font = { hasGlyphForCodePoint: (c: number) => c < 0x3000 && c !== 0x200d };
    expect(printable(font, "Zoe\u0308 株式会社\u200d 😀\nnext")).toBe(`Zoë ${MISSING_GLYPH.repeat(4)} ${MISSING_GLYPH}\nnext`);
  });
});
