import { describe, expect, it } from "vitest";
import { createChannel } from "@/lib/channels/channels";
import { channelFields } from "@/lib/channels/schema";
import { db } from "@/lib/db";
import { createSystem } from "@/lib/systems/systems";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { riskCsvPages } from "./export";
import { rankedRisks } from "./dashboard";

describe("risk CSV export", () => {
  it("holds every vendor but terminated ones, riskiest first then by name, however small its batches", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const erp = await createSystem(actor, { name: "ERP", description: null, criticality: "CRITICAL", owner: null });
    // Equal scores (no channels) and different ones (a code-execution channel), so ties cross batch edges.
    for (const name of ["Delta", "Alpha", "Echo", "Charlie", "Bravo", "Foxtrot", "Golf"]) await createVendor(org.id, name);
    for (const name of ["Echo", "Bravo"]) {
      const vendor = await db().vendor.findFirstOrThrow({ where: { organizationId: org.id, name } });
      await createChannel(actor, vendor.id, channelFields.parse({ name: "RMM", kind: "RMM", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", systemIds: [erp.id] }));
    }
    await db().vendor.updateMany({ where: { organizationId: org.id, name: "Golf" }, data: { status: "TERMINATED" } });
    const expected = (await rankedRisks(actor)).rows.map((r) => r.vendor.name);
    expect(expected).toHaveLength(6);
    for (const batch of [2, 3, 1000]) {
      const { rows, pages } = await riskCsvPages(actor, batch);
      const names: unknown[] = [];
      for await (const page of pages()) {
        expect(page.length).toBeLessThanOrEqual(batch);
        names.push(...page.map((r) => r[0]));
      }
      expect([rows, names]).toEqual([6, expected]);
    }
    expect(expected.slice(0, 2)).toEqual(["Bravo", "Echo"]);
    expect(expected.slice(2)).toEqual(["Alpha", "Charlie", "Delta", "Foxtrot"]);
  });

  it("writes the tier and status as the pages name them, not as codes", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const vendor = await createVendor(org.id, "Tiered");
    await db().vendor.update({ where: { id: vendor.id }, data: { tier: "CRITICAL", status: "OFFBOARDING" } });
    await createVendor(org.id, "Untiered");
    const rows: unknown[][] = [];
    for await (const page of (await riskCsvPages(actor)).pages()) rows.push(...page);
    expect(rows.map((r) => r.slice(0, 3)).sort()).toEqual([
      ["Tiered", "Critical", "Offboarding"],
      ["Untiered", "", "Active"],
    ]);
  });
});
