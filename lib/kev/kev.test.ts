import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { addProduct, addVulnerability } from "@/lib/patching/patching";
import { vulnerabilityFields } from "@/lib/patching/schema";
import { createChannel } from "@/lib/channels/channels";
import { channelFields } from "@/lib/channels/schema";
import { refreshRiskScores, storedRisks, storedVendorRisk } from "@/lib/risk/stored";
import { createSystem } from "@/lib/systems/systems";
import { importKevCatalog, kevMatches, openKevCounts, parseKevCatalog } from "./kev";

const sampleText = readFileSync(path.join(import.meta.dirname, "kev-sample.json"), "utf8");
const sample = JSON.parse(sampleText);

/** The sample as it stood before a given date: an older catalog release. */
function olderCatalog(before: string) {
  const vulnerabilities = sample.vulnerabilities.filter((v: { dateAdded: string }) => v.dateAdded < before);
  return JSON.stringify({ ...sample, catalogVersion: `before-${before}`, count: vulnerabilities.length, vulnerabilities });
}

describe("KEV catalog import", () => {
  it("validates the file against CISA's format and names the problems", () => {
    expect(() => parseKevCatalog("not json")).toThrow(/not JSON/);
    const broken = { ...sample, vulnerabilities: [{ ...sample.vulnerabilities[0], cveID: "CVE-21-1", dueDate: "soon" }, ...sample.vulnerabilities.slice(1)] };
    expect(() => parseKevCatalog(JSON.stringify(broken))).toThrow(/vulnerabilities\[0\]\.cveID.*vulnerabilities\[0\]\.dueDate/);
    expect(() => parseKevCatalog(JSON.stringify({ ...sample, count: 3 }))).toThrow(/count: does not match/);
    expect(parseKevCatalog(sampleText).vulnerabilities).toHaveLength(sample.count);
  });

  it("is idempotent: a newer catalog adds only what is new", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const first = await importKevCatalog(actor, olderCatalog("2024-01-01"));
    const second = await importKevCatalog(actor, sampleText);
    const third = await importKevCatalog(actor, sampleText);
    expect(first.added).toBeGreaterThan(0);
    expect(first.added + second.added).toBe(sample.count);
    expect(third.added).toBe(0);
    expect([second.updated, third.updated]).toEqual([0, 0]);
    expect(await db().kevEntry.count({ where: { organizationId: org.id } })).toBe(sample.count);
    expect(await db().kevImport.count({ where: { organizationId: org.id } })).toBe(3);
  });

  it("updates the entries CISA revised, reports them apart from the new ones, and records them in the audit log", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const [a, b, c, d, e] = sample.vulnerabilities;
    // An older release, before CISA revised three entries (ransomware use learnt, due date moved, action reworded),
    // edited the notes of a fourth (which Chainward does not keep) and added a fifth.
    const older = sample.vulnerabilities.flatMap((v: { cveID: string }) =>
      v.cveID === a.cveID ? [{ ...a, knownRansomwareCampaignUse: a.knownRansomwareCampaignUse === "Known" ? "Unknown" : "Known" }]
      : v.cveID === b.cveID ? [{ ...b, dueDate: "2030-01-01" }]
      : v.cveID === c.cveID ? [{ ...c, requiredAction: "Apply mitigations per vendor instructions." }]
      : v.cveID === d.cveID ? [{ ...d, notes: "older notes" }]
      : v.cveID === e.cveID ? []
      : [v],
    );
    const first = await importKevCatalog(actor, JSON.stringify({ ...sample, catalogVersion: "older", count: older.length, vulnerabilities: older }));
    expect([first.added, first.updated]).toEqual([sample.count - 1, 0]);
    const second = await importKevCatalog(actor, sampleText);
    expect([second.added, second.updated]).toEqual([1, 3]);
    const entries = await db().kevEntry.findMany({ where: { organizationId: org.id, cveId: { in: [a.cveID, b.cveID, c.cveID] } } });
    const byCve = Object.fromEntries(entries.map((x) => [x.cveId, x]));
    expect(byCve[a.cveID]!.knownRansomwareCampaignUse).toBe(a.knownRansomwareCampaignUse);
    expect(byCve[b.cveID]!.dueDate.toISOString().slice(0, 10)).toBe(b.dueDate);
    expect(byCve[c.cveID]!.requiredAction).toBe(c.requiredAction);
    expect(await db().kevEntry.count({ where: { organizationId: org.id } })).toBe(sample.count);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { organizationId: org.id, action: "kev.imported", entityId: sample.catalogVersion } });
    expect(audit.after).toMatchObject({ entries: sample.count, added: 1, updated: 3, updatedCves: [a.cveID, b.cveID, c.cveID] });
    // The same release again changes nothing.
    expect(await importKevCatalog(actor, sampleText)).toMatchObject({ added: 0, updated: 0 });
  });

  it("never lets an older catalog undo a revision: it adds what is missing and keeps the newer data", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const [a, b] = sample.vulnerabilities;
    await importKevCatalog(actor, JSON.stringify({ ...sample, count: sample.count - 1, vulnerabilities: sample.vulnerabilities.slice(1) }));
    const old = { ...sample, catalogVersion: "2025.01.01", dateReleased: "2025-01-01T00:00:00.000Z", vulnerabilities: [a, { ...b, dueDate: "2030-01-01" }, ...sample.vulnerabilities.slice(2)] };
    const result = await importKevCatalog(actor, JSON.stringify(old));
    expect(result).toMatchObject({ added: 1, updated: 0, kept: { entries: 1, newerReleased: new Date(sample.dateReleased) } });
    const entry = await db().kevEntry.findUniqueOrThrow({ where: { organizationId_cveId: { organizationId: org.id, cveId: b.cveID } } });
    expect(entry.dueDate.toISOString().slice(0, 10)).toBe(b.dueDate);
  });

  it("refuses a file that lists one CVE twice with different data, and imports nothing from it", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const [a, b] = sample.vulnerabilities;
    const file = (vulnerabilities: unknown[]) => JSON.stringify({ ...sample, count: vulnerabilities.length, vulnerabilities });
    const twice = file([...sample.vulnerabilities, { ...a, dueDate: "2030-01-01" }, { ...b, knownRansomwareCampaignUse: "Known" }]);
    expect(() => parseKevCatalog(twice)).toThrow(
      `This catalog lists CVEs twice with different data: ${a.cveID} (vulnerabilities[0] and [${sample.count}]), ${b.cveID} (vulnerabilities[1] and [${sample.count + 1}]). Nothing was imported; download the catalog from CISA again.`,
    );
    await expect(importKevCatalog(actor, twice)).rejects.toBeInstanceOf(ActionError);
    expect(await db().kevEntry.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await db().kevImport.count({ where: { organizationId: org.id } })).toBe(0);
    // Listed twice with the same data: harmless, imported once.
    expect(await importKevCatalog(actor, file([...sample.vulnerabilities, { ...a }]))).toMatchObject({ entries: sample.count + 1, added: sample.count, updated: 0 });
  });

  it("an update moves the risk scores and alarms as a new entry does: matches and KEV due dates are recomputed", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const msp = await createVendor(org.id, "MSP");
    const erp = await createSystem(actor, { name: "ERP", description: null, criticality: "CRITICAL", owner: null });
    await createChannel(actor, msp.id, channelFields.parse({ name: "RMM agent", kind: "RMM", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", tool: "Kaseya VSA", systemIds: [erp.id] }));
    const product = await addProduct(actor, { vendorId: msp.id, kevVendor: "Kaseya", kevProduct: "VSA", version: "9.5" });
    // Fixed by the vendor on 1 December 2019, deployed by us three months later.
    await addVulnerability(actor, product.id, vulnerabilityFields.parse({ cveId: "CVE-2019-0002", severity: "HIGH", disclosedAt: "2019-11-01", fixReleasedAt: "2019-12-01", deployedAt: "2020-03-01" }));
    const entry = (cveID: string, product: string, dueDate: string) => ({
      cveID, vendorProject: "Kaseya", product, vulnerabilityName: "Kaseya VSA flaw", dateAdded: "2019-11-15",
      shortDescription: "A flaw.", requiredAction: "Apply updates per vendor instructions.", dueDate, knownRansomwareCampaignUse: "Unknown",
    });
    const catalog = (version: string, entries: object[]) =>
      JSON.stringify({ title: "KEV", catalogVersion: version, dateReleased: "2020-01-01T00:00:00.000Z", count: entries.length, vulnerabilities: entries });
    // First release: one entry under a product name we do not use, one for our product with a due date far away.
    await importKevCatalog(actor, catalog("v1", [entry("CVE-2019-0001", "Virtual System Administrator", "2019-12-06"), entry("CVE-2019-0002", "VSA", "2999-12-31")]));
    await refreshRiskScores(org.id);
    const score = async () => (await storedRisks(actor)).find((r) => r.vendorId === msp.id)!;
    const alarmReasons = async () => (await storedVendorRisk(actor, msp.id))!.alarms.flatMap((a) => a.reasons);
    const before = await score();
    expect([before.openKev, before.slaBreaches]).toEqual([0, 0]);
    expect(await alarmReasons()).not.toContain("1 known-exploited vulnerability open in its products");
    // CISA renames the first entry's product to the one we run, and brings the second's due date forward to before
    // our deployment: one known-exploited flaw open, one patch deadline missed.
    const second = await importKevCatalog(actor, catalog("v2", [entry("CVE-2019-0001", "VSA", "2019-12-06"), entry("CVE-2019-0002", "VSA", "2020-01-01")]));
    expect([second.added, second.updated]).toEqual([0, 2]);
    const after = await score();
    expect([after.openKev, after.slaBreaches]).toEqual([1, 1]);
    expect(after.likelihood).toBeGreaterThan(before.likelihood);
    expect(after.detail.factors.map((f) => f.text)).toContain("1 known-exploited vulnerability not patched");
    expect(await alarmReasons()).toEqual(expect.arrayContaining(["1 patch SLA breach", "1 known-exploited vulnerability open in its products"]));
  });

  it("is for administrators, and keeps organizations' catalogs apart", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    await expect(importKevCatalog(actor, sampleText)).rejects.toBeInstanceOf(ActionError);
    const other = await createOrganization();
    const { actor: otherAdmin } = await createMember(other.id, "ADMIN");
    await importKevCatalog(otherAdmin, sampleText);
    expect(await db().kevEntry.count({ where: { organizationId: org.id } })).toBe(0);
  });
});

describe("KEV matches", () => {
  it("flags catalog entries for products we run, case-insensitively, with the ledger's state", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const msp = await createVendor(org.id, "MSP");
    const product = await addProduct(actor, { vendorId: msp.id, kevVendor: "kaseya", kevProduct: "virtual system/server administrator (vsa)", version: "9.5.6" });
    await addVulnerability(
      actor,
      product.id,
      vulnerabilityFields.parse({ cveId: "CVE-2018-20753", severity: "CRITICAL", disclosedAt: "2019-02-01", fixReleasedAt: "2019-02-08", deployedAt: "2019-03-01" }),
    );
    expect(await kevMatches(actor)).toEqual([]);
    await importKevCatalog(actor, sampleText);
    const matches = await kevMatches(actor);
    const byCve = Object.fromEntries(matches.map((m) => [m.entry.cveId, m]));
    expect(Object.keys(byCve).sort()).toEqual(["CVE-2017-18362", "CVE-2018-20753", "CVE-2021-30116"]);
    expect(byCve["CVE-2018-20753"]!.deployed).toBe(true);
    expect(byCve["CVE-2021-30116"]!.ledger).toBeNull();
    expect(byCve["CVE-2021-30116"]!.slaCriticalDays).toBeNull();
    expect((await kevMatches(actor, msp.id)).length).toBe(3);
    // The scores count the CVEs not deployed: the one fixed on this product is not open.
    const other = await createVendor(org.id, "Other");
    expect(await openKevCounts(org.id)).toEqual(new Map([[msp.id, 2]]));
    // A second product matching the same catalog entries (spelled differently) still has the fixed CVE open: it now
    // counts, once, however many products carry it.
    const second = await addProduct(actor, { vendorId: msp.id, kevVendor: " Kaseya", kevProduct: "Virtual System/Server Administrator (VSA)", version: "9.5.7" });
    await addVulnerability(actor, second.id, vulnerabilityFields.parse({ cveId: "CVE-2021-30116", severity: "CRITICAL", disclosedAt: "2021-07-02", fixReleasedAt: "2021-07-11" }));
    expect(await openKevCounts(org.id)).toEqual(new Map([[msp.id, 3]]));
    expect(await openKevCounts(org.id, [other.id])).toEqual(new Map());
    const open = new Set((await kevMatches(actor, msp.id)).filter((m) => !m.deployed).map((m) => m.entry.cveId));
    expect(open.size).toBe(3);
  });
});
