import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { addProduct, addVulnerability } from "@/lib/patching/patching";
import { vulnerabilityFields } from "@/lib/patching/schema";
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
    expect(await db().kevEntry.count({ where: { organizationId: org.id } })).toBe(sample.count);
    expect(await db().kevImport.count({ where: { organizationId: org.id } })).toBe(3);
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
