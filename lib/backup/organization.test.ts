import { describe, expect, it } from "vitest";
import { daysAfter } from "@/lib/dates";
import { db } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed";
import { answerAdvisory, createCampaign } from "@/lib/advisories/advisories";
import { recordAnsweredDeployment } from "@/lib/advisories/deployments";
import { answerAdvisorySchema, createCampaignSchema } from "@/lib/advisories/schema";
import { createFinding } from "@/lib/findings/findings";
import { dateInput } from "@/lib/validation";
import { snapshotRiskScores } from "@/lib/risk/dashboard";
import { loadVendorRisks } from "@/lib/risk/vendor-risk";
import { createMember, createOrganization } from "@/tests/factories";
import { backupSchema, exportOrganization, importOrganization } from "./organization";

/** The streamed backup, read to the end and parsed as the import reads it. */
async function exported(actor: Parameters<typeof exportOrganization>[0], batch?: number) {
  let text = "";
  for await (const chunk of exportOrganization(actor, batch)) text += chunk;
  return backupSchema.parse(JSON.parse(text));
}

const scoresByName = async (actor: Parameters<typeof loadVendorRisks>[0], asOf: Date) =>
  Object.fromEntries((await loadVendorRisks(actor, { asOf })).map((r) => [r.vendor.name, { score: r.score, alarms: r.alarms.map((a) => [a.channel, a.reasons, !!a.accepted]) }]));

describe("organization backup", () => {
  it("export → import into an empty organization reproduces the same scores", async () => {
    const orgId = await seedDemo();
    const { actor: admin } = await createMember(orgId, "ADMIN");
    const msp = await db().vendor.findFirstOrThrow({ where: { organizationId: orgId, name: "BrightPath IT Services" } });
    await createFinding(admin, { vendorId: msp.id, title: "RMM console reachable", description: null, severity: "HIGH", owner: null, dueDate: daysAfter(10) });
    // The MSP's answer "deployed yesterday", recorded in its ledger: the entry keeps pointing at the answer.
    const campaign = await createCampaign(admin, createCampaignSchema.parse({ kevVendor: "Kaseya", kevProduct: "Virtual System/Server Administrator (VSA)", cveId: "CVE-2021-30116", title: "VSA", dueDate: dateInput(daysAfter(5)), vendorIds: [msp.id] }), "https://chainward.test");
    const request = await db().advisoryRequest.findFirstOrThrow({ where: { campaignId: campaign.id } });
    await answerAdvisory(admin, answerAdvisorySchema.parse({ requestId: request.id, expectedVersion: "1", affected: "YES", patched: "YES", patchedAt: dateInput(daysAfter(-1)) }));
    await recordAnsweredDeployment(admin, request.id);
    await snapshotRiskScores();

    const backup = await exported(admin);
    expect(backup.tables.vendors!.length).toBeGreaterThan(20);
    // Read in small batches, every table comes out whole and the same.
    expect((await exported(admin, 3)).tables).toEqual(backup.tables);

    const target = await createOrganization();
    const { actor: targetAdmin } = await createMember(target.id, "ADMIN");
    const counts = await importOrganization(targetAdmin, backup);
    for (const [key, rows] of Object.entries(backup.tables)) expect(counts[key]).toBe(rows.length);

    const asOf = new Date();
    expect(await scoresByName(targetAdmin, asOf)).toEqual(await scoresByName(admin, asOf));
    // Nothing points back into the source organization.
    const channelVendorOrgs = await db().accessChannel.findMany({ where: { organizationId: target.id }, select: { vendor: { select: { organizationId: true } } } });
    expect(new Set(channelVendorOrgs.map((c) => c.vendor.organizationId))).toEqual(new Set([target.id]));

    const linked = await db().vulnerabilityRecord.findMany({ where: { organizationId: target.id, deployedFromRequestId: { not: null } }, select: { cveId: true, deployedFromRequest: { select: { organizationId: true } } } });
    expect(linked).toEqual([{ cveId: "CVE-2021-30116", deployedFromRequest: { organizationId: target.id } }]);

    await expect(importOrganization(targetAdmin, backup)).rejects.toThrow(/empty organization/);
  });

  it("refuses an inconsistent backup and writes nothing; only administrators export", async () => {
    const source = await createOrganization();
    const { actor: admin } = await createMember(source.id, "ADMIN");
    await db().vendor.create({ data: { organizationId: source.id, name: "Solo" } });
    const backup = await exported(admin);
    backup.tables.vendorContacts = [{ id: "c1", vendorId: "no-such-vendor", name: "Ghost" }];
    const target = await createOrganization();
    const { actor: targetAdmin } = await createMember(target.id, "ADMIN");
    await expect(importOrganization(targetAdmin, backup)).rejects.toThrow(/refers to a missing vendors record/);
    expect(await db().vendor.count({ where: { organizationId: target.id } })).toBe(0);

    const { actor: executive } = await createMember(source.id, "EXECUTIVE");
    expect(() => exportOrganization(executive)).toThrow(/Only administrators/);
  });
});
