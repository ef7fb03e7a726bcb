// A vendor's "fix deployed on <day>" reaching the patch ledger: one click by a security manager records the day on the
// entries the answer speaks for, with the answer as their source; the score, the Kaseya-pattern alarm and the
// dashboard's count follow.
import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("@/tests/request-context")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/tests/request-context")).nextCache);
vi.mock("@/lib/auth/index", async () => (await import("@/tests/request-context")).authIndex);

import type { Actor } from "@/lib/auth/guard";
import { daysAfter, formatDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { addProduct, addVulnerability, setPatchSla, updateVulnerability, vendorPatching } from "@/lib/patching/patching";
import { slaSchema, vulnerabilityFields } from "@/lib/patching/schema";
import { storedVendorRisk } from "@/lib/risk/stored";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { signInAs } from "@/tests/request-context";
import { recordAnsweredDeploymentAction } from "./actions";
import { answerAdvisory, createCampaign } from "./advisories";
import { answerDeployments, answersAwaitingConfirmation, answerWithLedger, countAwaitingConfirmation, recordAnsweredDeployment } from "./deployments";
import { answerAdvisorySchema, createCampaignSchema } from "./schema";

const VSA = { kevVendor: "Kaseya", kevProduct: "Virtual System/Server Administrator (VSA)" };
const CVE = "CVE-2021-30116";
const day = (n: number) => formatDay(daysAfter(n));

/**
 * An MSP whose RMM channel can push code and is otherwise well kept (MFA, console off the internet, disconnect tested,
 * 7-day SLA), so its one Kaseya-pattern reason is the known-exploited VSA flaw that is not deployed yet.
 */
async function setup() {
  const org = await createOrganization();
  const { actor: manager } = await createMember(org.id, "SECURITY_MANAGER");
  const { actor: executive } = await createMember(org.id, "EXECUTIVE");
  const msp = await createVendor(org.id, "MSP");
  await setPatchSla(manager, slaSchema.parse({ vendorId: msp.id, criticalDays: "7", highDays: "30", mediumDays: "90", lowDays: "180" }));
  await db().accessChannel.create({
    data: { organizationId: org.id, vendorId: msp.id, name: "Remote management", kind: "RMM", tool: "Kaseya VSA", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", mfaEnforced: true, killSwitchTestedAt: daysAfter(-30) },
  });
  const vsa = await addProduct(manager, { vendorId: msp.id, ...VSA, version: "9.5.6" });
  const flaw = await addVulnerability(manager, vsa.id, vulnerabilityFields.parse({ cveId: CVE, severity: "CRITICAL", disclosedAt: day(-15), fixReleasedAt: day(-10) }));
  // Another flaw of the same product, not the campaign's: stays as it is.
  const other = await addVulnerability(manager, vsa.id, vulnerabilityFields.parse({ cveId: "CVE-2021-30119", severity: "HIGH", disclosedAt: day(-15) }));
  await db().kevEntry.create({
    data: { organizationId: org.id, cveId: CVE, vendorProject: "Kaseya", product: VSA.kevProduct, vulnerabilityName: "VSA flaw", dateAdded: daysAfter(-15), dueDate: daysAfter(10), shortDescription: "", requiredAction: "", knownRansomwareCampaignUse: "Known" },
  });
  return { org, manager, executive, msp, vsa, flaw, other };
}

async function askAndAnswer(manager: Actor, vendorId: string, answer: Record<string, string>, campaign: { cveId?: string; kevVendor?: string; kevProduct?: string } = {}) {
  const created = await createCampaign(
    manager,
    createCampaignSchema.parse({ ...VSA, cveId: CVE, title: "Kaseya VSA", dueDate: day(5), vendorIds: [vendorId], ...campaign }),
    "https://chainward.test",
  );
  const request = await db().advisoryRequest.findFirstOrThrow({ where: { campaignId: created.id, vendorId } });
  await answerAdvisory(manager, answerAdvisorySchema.parse({ requestId: request.id, expectedVersion: "1", ...answer }));
  return { campaign: created, request };
}

const deployed = (patchedAt: string) => ({ affected: "YES", patched: "YES", patchedAt });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("advisory answers reach the patch ledger", () => {
  it("records the answered day on the campaign's CVE with the answer as source, audited; the alarm goes and the score falls", async () => {
    const { org, manager, msp, flaw, other } = await setup();
    const before = (await storedVendorRisk(manager, msp.id))!;
    expect(before.alarms.map((a) => a.reasons)).toEqual([["1 known-exploited vulnerability open in its products"]]);

    const { campaign, request } = await askAndAnswer(manager, msp.id, deployed(day(-1)));
    expect(await answerDeployments(manager, { campaignId: campaign.id })).toEqual(
      new Map([[request.id, { pending: [{ id: flaw.id, cveId: CVE, product: "Kaseya Virtual System/Server Administrator (VSA)" }], recorded: [] }]]),
    );
    expect(await countAwaitingConfirmation(manager)).toBe(1);

    expect(await recordAnsweredDeployment(manager, request.id)).toMatchObject({ vendorId: msp.id, recorded: 1, already: 0 });
    const stored = await db().vulnerabilityRecord.findUniqueOrThrow({ where: { id: flaw.id } });
    expect(stored).toMatchObject({ deployedAt: daysAfter(-1), fixReleasedAt: daysAfter(-10), deployedFromRequestId: request.id });
    expect(await db().vulnerabilityRecord.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ deployedAt: null, deployedFromRequestId: null });
    const audit = await db().auditEvent.findMany({ where: { organizationId: org.id, action: "vulnerability.deployment_recorded" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: flaw.id, vendorId: msp.id, actorEmail: manager.email, after: { cveId: CVE, deployedAt: day(-1), advisoryRequestId: request.id } });

    // The score and the alarm follow at once, from the stored score as every page reads it.
    const after = (await storedVendorRisk(manager, msp.id))!;
    expect(after.alarms).toEqual([]);
    expect(after.score.residual).toBeLessThan(before.score.residual);

    // The ledger row links back to the answer; nothing awaits confirmation any more.
    const row = (await vendorPatching(manager, msp.id))!.products[0]!.ledger.find((r) => r.record.id === flaw.id)!;
    expect(row.deployedFrom).toEqual({ requestId: request.id, campaignId: campaign.id });
    expect(row.assessment.ours.done).toBe(true);
    expect((await answerDeployments(manager, { vendorId: msp.id })).get(request.id)).toEqual({ pending: [], recorded: [expect.objectContaining({ id: flaw.id, deployedAt: daysAfter(-1) })] });
    expect(await countAwaitingConfirmation(manager)).toBe(0);
  });

  it("a second click changes nothing and says so", async () => {
    const { org, manager, msp } = await setup();
    const { request } = await askAndAnswer(manager, msp.id, deployed(day(-1)));
    await signInAs(manager);
    const first = await recordAnsweredDeploymentAction({}, form({ requestId: request.id }));
    expect(first).toEqual({ ok: true, message: `Recorded: deployed on ${day(-1)} (from the vendor's answer).` });
    const second = await recordAnsweredDeploymentAction({}, form({ requestId: request.id }));
    expect(second).toEqual({ ok: true, message: `Already recorded: deployed on ${day(-1)} (from the vendor's answer); nothing changed.` });
    expect(await recordAnsweredDeployment(manager, request.id)).toMatchObject({ recorded: 0, already: 1 });
    // From the list of answers awaiting confirmation, which the answer has left: back to it, which says what was recorded.
    await expect(recordAnsweredDeploymentAction({}, form({ requestId: request.id, view: "confirm" }))).rejects.toMatchObject({
      digest: expect.stringContaining(`/advisories?confirm=1&recorded=${request.id}`),
    });
    expect((await answerWithLedger(manager, request.id))?.deployment.recorded.map((e) => e.deployedAt)).toEqual([daysAfter(-1)]);
    expect(await db().auditEvent.count({ where: { organizationId: org.id, action: "vulnerability.deployment_recorded" } })).toBe(1);
    // Input is checked before anything runs.
    expect(await recordAnsweredDeploymentAction({}, form({}))).toMatchObject({ ok: false, fieldErrors: { requestId: expect.any(Array) } });
  });

  it("refuses another organization's answer, executives, answers that give no deployed day, and days that cannot be", async () => {
    const { manager, executive, msp, flaw } = await setup();
    const { request } = await askAndAnswer(manager, msp.id, deployed(day(-1)));
    const other = await setup();
    await expect(recordAnsweredDeployment(other.manager, request.id)).rejects.toBeInstanceOf(NotFoundError);
    await signInAs(other.manager);
    expect(await recordAnsweredDeploymentAction({}, form({ requestId: request.id }))).toMatchObject({ ok: false, message: "That advisory answer does not exist." });
    await expect(recordAnsweredDeployment(executive, request.id)).rejects.toThrow(/Only security managers and administrators/);
    expect(await countAwaitingConfirmation(other.manager)).toBe(0);
    expect(await answerDeployments(other.manager, { requestIds: [request.id] })).toEqual(new Map());

    const answer = async (a: Record<string, string>, version: number) =>
      answerAdvisory(manager, answerAdvisorySchema.parse({ requestId: request.id, expectedVersion: String(version), ...a }));
    // Not patched, or not affected: nothing to record, and nothing is offered.
    await answer({ affected: "YES", patched: "NO", compensatingControls: "Console offline" }, 2);
    await expect(recordAnsweredDeployment(manager, request.id)).rejects.toThrow(/does not say the fix was deployed on a given day/);
    await answer({ affected: "NO" }, 3);
    await expect(recordAnsweredDeployment(manager, request.id)).rejects.toThrow(/does not say the fix was deployed/);
    expect(await answerDeployments(manager, { vendorId: msp.id })).toEqual(new Map());
    expect(await countAwaitingConfirmation(manager)).toBe(0);
    // A day still to come, or before the fix was released.
    await answer(deployed(day(3)), 4);
    await expect(recordAnsweredDeployment(manager, request.id)).rejects.toThrow(/a day still to come/);
    await answer(deployed(day(-12)), 5);
    await expect(recordAnsweredDeployment(manager, request.id)).rejects.toThrow(new RegExp(`before ${CVE} its fix was released \\(${day(-10)}\\)`));

    expect(await db().vulnerabilityRecord.findUniqueOrThrow({ where: { id: flaw.id } })).toMatchObject({ deployedAt: null, deployedFromRequestId: null });
  });

  it("without a CVE, the answer speaks for the product's open entries; an unknown fix release takes the answered day", async () => {
    const { manager, msp, flaw, other } = await setup();
    const { request } = await askAndAnswer(manager, msp.id, deployed(day(-2)), { cveId: "", kevVendor: "KASEYA", kevProduct: VSA.kevProduct.toLowerCase() });
    expect((await answerDeployments(manager, { vendorId: msp.id })).get(request.id)?.pending.map((e) => e.cveId)).toEqual([CVE, "CVE-2021-30119"]);
    expect(await countAwaitingConfirmation(manager)).toBe(1);
    expect(await recordAnsweredDeployment(manager, request.id)).toMatchObject({ recorded: 2 });
    expect(await db().vulnerabilityRecord.findUniqueOrThrow({ where: { id: flaw.id } })).toMatchObject({ deployedAt: daysAfter(-2), fixReleasedAt: daysAfter(-10) });
    expect(await db().vulnerabilityRecord.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ deployedAt: daysAfter(-2), fixReleasedAt: daysAfter(-2), deployedFromRequestId: request.id });

    // A day typed in by hand later is no longer the vendor's answer.
    await updateVulnerability(manager, other.id, vulnerabilityFields.parse({ cveId: "CVE-2021-30119", severity: "HIGH", disclosedAt: day(-15), fixReleasedAt: day(-2), deployedAt: day(-1) }));
    expect(await db().vulnerabilityRecord.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ deployedFromRequestId: null });
    // Saving the entry without changing its day keeps the source.
    await updateVulnerability(manager, flaw.id, vulnerabilityFields.parse({ cveId: CVE, severity: "CRITICAL", disclosedAt: day(-15), fixReleasedAt: day(-10), deployedAt: day(-2), compensatingControls: "Console offline" }));
    expect(await db().vulnerabilityRecord.findUniqueOrThrow({ where: { id: flaw.id } })).toMatchObject({ deployedFromRequestId: request.id });
  });

  it("the dashboard counts answers awaiting confirmation, once per answer, and lists them oldest first", async () => {
    const { org, manager, msp } = await setup();
    const second = await createVendor(org.id, "Second MSP");
    const product = await addProduct(manager, { vendorId: second.id, ...VSA, version: null });
    await addVulnerability(manager, product.id, vulnerabilityFields.parse({ cveId: CVE, severity: "CRITICAL", disclosedAt: day(-15), fixReleasedAt: day(-10) }));
    const gone = await createVendor(org.id, "Gone MSP");
    const goneProduct = await addProduct(manager, { vendorId: gone.id, ...VSA, version: null });
    await addVulnerability(manager, goneProduct.id, vulnerabilityFields.parse({ cveId: CVE, severity: "CRITICAL", disclosedAt: day(-15), fixReleasedAt: day(-10) }));
    const noLedger = await createVendor(org.id, "No ledger");
    await db().accessChannel.create({ data: { organizationId: org.id, vendorId: noLedger.id, name: "RMM", kind: "RMM", tool: "Kaseya VSA", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION" } });

    const campaign = await createCampaign(manager, createCampaignSchema.parse({ ...VSA, cveId: CVE, title: "VSA", dueDate: day(5), vendorIds: [msp.id, second.id, gone.id, noLedger.id] }), "https://chainward.test");
    const requests = await db().advisoryRequest.findMany({ where: { campaignId: campaign.id } });
    const requestOf = (vendorId: string) => requests.find((r) => r.vendorId === vendorId)!;
    for (const vendorId of [second.id, msp.id, gone.id, noLedger.id]) {
      await answerAdvisory(manager, answerAdvisorySchema.parse({ requestId: requestOf(vendorId).id, expectedVersion: "1", ...deployed(day(-1)) }));
    }
    await db().vendor.update({ where: { id: gone.id }, data: { status: "TERMINATED" } });

    // The terminated vendor and the one without a ledger entry are not waiting for anyone.
    expect(await countAwaitingConfirmation(manager)).toBe(2);
    const listed = await answersAwaitingConfirmation(manager);
    expect(listed.total).toBe(2);
    expect(listed.rows.map((r) => r.request.vendor.name)).toEqual(["Second MSP", "MSP"]);
    expect(listed.rows[0]!.deployment.pending.map((e) => e.cveId)).toEqual([CVE]);
    expect(listed.rows[0]!.request.campaign.title).toBe("VSA");

    await recordAnsweredDeployment(manager, requestOf(second.id).id);
    expect(await countAwaitingConfirmation(manager)).toBe(1);
    expect((await answersAwaitingConfirmation(manager)).rows.map((r) => r.request.vendor.name)).toEqual(["MSP"]);
  });
});
