import { describe, expect, it } from "vitest";
import { daysAfter } from "@/lib/dates";
import { db } from "@/lib/db";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { acceptFindingRisk, createFinding, isOverdue, listFindings, reopenExpiredAcceptances, respondToFinding, updateFinding } from "./findings";

async function setup() {
  const org = await createOrganization();
  const vendor = await createVendor(org.id);
  const { actor: manager } = await createMember(org.id, "SECURITY_MANAGER");
  const { actor: executive } = await createMember(org.id, "EXECUTIVE");
  const { actor: contact } = await createMember(org.id, "VENDOR", { vendorId: vendor.id });
  const finding = await createFinding(manager, {
    vendorId: vendor.id,
    title: "No MFA on the RMM console",
    description: "Enforce MFA for every technician",
    severity: "CRITICAL",
    owner: "Dana",
    dueDate: daysAfter(-1),
  });
  return { org, vendor, manager, executive, contact, finding };
}

describe("findings", () => {
  it("lists overdue findings across vendors, and only the vendor's own to its contacts", async () => {
    const { manager, contact, finding } = await setup();
    const other = await setup();
    expect(isOverdue(finding)).toBe(true);
    expect((await listFindings(manager, { overdue: true })).rows.map((f) => f.id)).toEqual([finding.id]);
    expect((await listFindings(contact, {})).rows.map((f) => f.id)).toEqual([finding.id]);
    expect((await listFindings(other.contact, {})).rows.map((f) => f.id)).toEqual([other.finding.id]);
  });

  it("the vendor answers with a plan; only its own findings", async () => {
    const { contact, finding } = await setup();
    await respondToFinding(contact, { id: finding.id, remediationPlan: "MFA for all technicians by Friday" });
    const stored = await db().finding.findUniqueOrThrow({ where: { id: finding.id } });
    expect(stored.status).toBe("IN_REMEDIATION");
    expect(stored.remediationPlan).toBe("MFA for all technicians by Friday");
    const other = await setup();
    await expect(respondToFinding(other.contact, { id: finding.id, remediationPlan: "hijack" })).rejects.toThrow(/does not exist/);
  });

  it("risk acceptance: executives and admins only, with an expiry after which the finding reopens once", async () => {
    const { org, manager, executive, finding } = await setup();
    await expect(acceptFindingRisk(manager, { id: finding.id, justification: "Compensating VPN", acceptedUntil: daysAfter(30) })).rejects.toThrow(/administrator or an executive/);
    await expect(acceptFindingRisk(executive, { id: finding.id, justification: "Too late", acceptedUntil: daysAfter(0) })).rejects.toMatchObject({ field: "acceptedUntil" });
    await acceptFindingRisk(executive, { id: finding.id, justification: "Compensating VPN with allow-list", acceptedUntil: daysAfter(30) });
    expect((await db().finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe("RISK_ACCEPTED");
    expect(isOverdue(await db().finding.findUniqueOrThrow({ where: { id: finding.id } }))).toBe(false);

    // The job runs over every organization, and other test files' acceptances may expire in the same window: what
    // counts is that this finding stays accepted until its own date.
    await reopenExpiredAcceptances(daysAfter(29));
    expect((await db().finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe("RISK_ACCEPTED");
    const [a, b] = await Promise.all([reopenExpiredAcceptances(daysAfter(30)), reopenExpiredAcceptances(daysAfter(30))]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    expect((await db().finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe("OPEN");
    expect(await db().auditEvent.count({ where: { organizationId: org.id, action: "finding.acceptance_expired", entityId: finding.id } })).toBe(1);
  });

  it("updates are versioned: a stale save is refused", async () => {
    const { manager, finding } = await setup();
    await updateFinding(manager, { id: finding.id, version: finding.version, severity: "HIGH", owner: "Eve", dueDate: null, status: "IN_REMEDIATION" });
    await expect(updateFinding(manager, { id: finding.id, version: finding.version, severity: "LOW", owner: null, dueDate: null, status: "RESOLVED" })).rejects.toThrow(/changed by someone else/);
  });
});
