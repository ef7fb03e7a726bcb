import { describe, expect, it } from "vitest";
import { daysAfter } from "@/lib/dates";
import { describeSignInLink } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { affectedVendors, answerAdvisory, closeCampaign, createCampaign, getCampaign, listAdvisoriesForVendor, listCampaigns, productNames, remindUnanswered, requestState, summarise, toolMatches } from "./advisories";
import { answerAdvisorySchema, createCampaignSchema } from "./schema";

const VSA = { kevVendor: "Kaseya", kevProduct: "Virtual System/Server Administrator (VSA)" };
const BASE = "https://chainward.test";

async function setup() {
  const org = await createOrganization();
  const { actor: manager } = await createMember(org.id, "SECURITY_MANAGER");
  const { actor: executive } = await createMember(org.id, "EXECUTIVE");
  const msp = await createVendor(org.id, "MSP");
  const toolUser = await createVendor(org.id, "Tool user");
  const dependent = await createVendor(org.id, "Dependent");
  const unrelated = await createVendor(org.id, "Unrelated");
  const gone = await createVendor(org.id, "Gone");
  await db().vendor.update({ where: { id: gone.id }, data: { status: "TERMINATED" } });
  await db().product.createMany({
    data: [
      { organizationId: org.id, vendorId: msp.id, kevVendor: "kaseya", kevProduct: "virtual system/server administrator (vsa)", version: "9.5.6" },
      { organizationId: org.id, vendorId: gone.id, ...VSA },
      { organizationId: org.id, vendorId: unrelated.id, kevVendor: "Kaseya", kevProduct: "IT Glue" },
    ],
  });
  await db().accessChannel.createMany({
    data: [
      { organizationId: org.id, vendorId: toolUser.id, name: "Remote management", kind: "RMM", tool: "Kaseya VSA", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION" },
      { organizationId: org.id, vendorId: unrelated.id, name: "Look-alike", kind: "OTHER", tool: "VSAT modem", direction: "WE_PULL", privilege: "READ" },
    ],
  });
  await db().subSupplier.create({ data: { organizationId: org.id, vendorId: dependent.id, name: "Kaseya", purpose: "documentation platform" } });
  await db().vendorContact.createMany({
    data: [
      { organizationId: org.id, vendorId: msp.id, name: "Sec", email: `sec-${msp.id}@msp.test`, isSecurityContact: true },
      { organizationId: org.id, vendorId: msp.id, name: "Sales", email: `sales-${msp.id}@msp.test` },
      { organizationId: org.id, vendorId: toolUser.id, name: "Ops", email: `ops-${toolUser.id}@tool.test` },
    ],
  });
  return { org, manager, executive, msp, toolUser, dependent, unrelated, gone };
}

const campaignInput = (vendorIds: string[]) =>
  createCampaignSchema.parse({ ...VSA, title: "CVE-2021-30116: Kaseya VSA", cveId: "cve-2021-30116", dueDate: daysAfter(5).toISOString().slice(0, 10), vendorIds });

describe("advisory campaigns", () => {
  it("finds the vendors a product concerns: recorded product, channel tool by name or short name, fourth party; not terminated ones", async () => {
    const { manager, msp, toolUser, dependent } = await setup();
    const found = await affectedVendors(manager, VSA);
    expect(found.map((f) => [f.vendor.id, f.direct])).toEqual([
      [msp.id, true],
      [toolUser.id, true],
      [dependent.id, false],
    ]);
    expect(found[0]!.reasons).toEqual(["runs kaseya virtual system/server administrator (vsa) 9.5.6"]);
    expect(found[1]!.reasons[0]).toMatch(/Remote management.*Kaseya VSA/);
    expect(productNames(VSA.kevProduct)).toEqual(["virtual system/server administrator (vsa)", "vsa"]);
    expect(toolMatches("VSAT modem", ["vsa"])).toBe(false);
    expect(toolMatches("ConnectWise ScreenConnect 23.9", ["screenconnect"])).toBe(true);
  });

  it("sends to security contacts (or every contact), records why, and refuses vendors the product does not concern", async () => {
    const { org, manager, executive, msp, toolUser, unrelated } = await setup();
    await expect(createCampaign(manager, campaignInput([unrelated.id]), BASE)).rejects.toMatchObject({ field: "vendorIds" });
    await expect(createCampaign(executive, campaignInput([msp.id]), BASE)).rejects.toThrow(/security managers/);
    const campaign = await createCampaign(manager, campaignInput([msp.id, toolUser.id]), BASE);
    expect(campaign.cveId).toBe("CVE-2021-30116");
    const requests = await db().advisoryRequest.findMany({ where: { campaignId: campaign.id }, orderBy: { reason: "asc" } });
    expect(requests.map((r) => r.sentTo)).toEqual([[`ops-${toolUser.id}@tool.test`], [`sec-${msp.id}@msp.test`]]);
    const emails = await db().outboxEmail.findMany({ where: { organizationId: org.id, subject: { contains: "advisory" } } });
    expect(emails.map((e) => e.to).sort()).toEqual([`ops-${toolUser.id}@tool.test`, `sec-${msp.id}@msp.test`].sort());
    // Each email's link opens the vendor's own request.
    for (const email of emails) {
      const token = decodeURIComponent(email.text.match(/\/portal\/verify\?token=([\w%-]+)/)![1]!);
      const request = requests.find((r) => r.sentTo.includes(email.to))!;
      expect(await describeSignInLink(token)).toMatchObject({ state: "valid", email: email.to, landingPath: `/portal/advisories/${request.id}` });
    }
    expect(await db().auditEvent.count({ where: { organizationId: org.id, action: "advisory.sent", entityId: campaign.id } })).toBe(1);
  });

  it("the vendor answers its own request only, versioned; the page counts the states; closing freezes answers", async () => {
    const { org, manager, msp, toolUser } = await setup();
    const campaign = await createCampaign(manager, campaignInput([msp.id, toolUser.id]), BASE);
    const { actor: mspContact } = await createMember(org.id, "VENDOR", { vendorId: msp.id });
    const { actor: toolContact } = await createMember(org.id, "VENDOR", { vendorId: toolUser.id });
    const other = await setup();
    const { actor: foreign } = await createMember(other.org.id, "VENDOR", { vendorId: other.msp.id });

    const mine = await listAdvisoriesForVendor(mspContact);
    expect(mine).toHaveLength(1);
    const request = mine[0]!;
    const answer = (a: Record<string, unknown>) => answerAdvisorySchema.parse({ requestId: request.id, expectedVersion: "1", ...a });

    await expect(answerAdvisory(toolContact, answer({ affected: "NO" }))).rejects.toThrow(/does not exist/);
    await expect(answerAdvisory(foreign, answer({ affected: "NO" }))).rejects.toThrow(/does not exist/);
    await answerAdvisory(mspContact, answer({ affected: "YES", patched: "NO", compensatingControls: "Console off the internet" }));
    await expect(answerAdvisory(mspContact, answer({ affected: "NO" }))).rejects.toThrow(/changed by someone else/);

    const tracked = (await getCampaign(manager, campaign.id))!;
    expect(tracked.summary).toMatchObject({ total: 2, answered: 1, EXPOSED: 1, NOT_ANSWERED: 1, PATCHED: 0 });
    // The campaigns list counts the same, from the database.
    expect((await listCampaigns(manager)).rows.find((c) => c.id === campaign.id)?.summary).toEqual(tracked.summary);
    // Requests counted by state, as the database groups them.
    const grouped = [{ affected: null, patched: null, count: 3 }, { affected: "YES" as const, patched: "NO" as const, count: 2 }];
    expect(summarise(grouped, daysAfter(5))).toMatchObject({ total: 5, answered: 2, NOT_ANSWERED: 3, EXPOSED: 2 });
    expect(await getCampaign(other.manager, campaign.id)).toBeNull();

    expect(await remindUnanswered(manager, campaign.id, BASE)).toBe(1);
    await closeCampaign(manager, campaign.id);
    await expect(answerAdvisory(mspContact, answerAdvisorySchema.parse({ requestId: request.id, expectedVersion: "2", affected: "YES", patched: "YES", patchedAt: "2026-11-01" }))).rejects.toThrow(/closed/);
    await expect(closeCampaign(manager, campaign.id)).rejects.toThrow(/does not exist/);
  });

  it("staff record an answer given by phone; the schema asks for what the answer needs", async () => {
    const { manager, executive, msp } = await setup();
    const campaign = await createCampaign(manager, campaignInput([msp.id]), BASE);
    const request = await db().advisoryRequest.findFirstOrThrow({ where: { campaignId: campaign.id } });
    const parse = (a: Record<string, unknown>) => answerAdvisorySchema.safeParse({ requestId: request.id, expectedVersion: "1", ...a });
    expect(parse({ affected: "YES" }).error?.issues.map((i) => i.path[0])).toEqual(["patched"]);
    expect(parse({ affected: "YES", patched: "YES" }).error?.issues.map((i) => i.path[0])).toEqual(["patchedAt"]);
    expect(parse({ affected: "YES", patched: "NO" }).error?.issues.map((i) => i.path[0])).toEqual(["compensatingControls"]);
    expect(parse({ affected: "NO", patched: "YES", patchedAt: "2026-11-01" }).data).toMatchObject({ patched: "NOT_NEEDED", patchedAt: null });

    await expect(answerAdvisory(executive, parse({ affected: "NO" }).data!)).rejects.toThrow(/security managers/);
    await answerAdvisory(manager, parse({ affected: "YES", patched: "YES", patchedAt: "2026-11-20" }).data!);
    const stored = await db().advisoryRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({ affected: "YES", patched: "YES", answeredByEmail: manager.email, version: 2 });
    expect(requestState(stored, campaign.dueDate)).toBe("PATCHED");
    expect(requestState({ affected: null, patched: null }, daysAfter(-1))).toBe("OVERDUE");
  });
});
