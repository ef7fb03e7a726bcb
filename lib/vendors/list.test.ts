import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { createChannel } from "@/lib/channels/channels";
import { channelFields } from "@/lib/channels/schema";
import { db } from "@/lib/db";
import { importKevCatalog } from "@/lib/kev/kev";
import { slaBreachCounts } from "@/lib/patching/breaches";
import { vendorPatching } from "@/lib/patching/patching";
import { csvRow } from "@/lib/csv";
import { exportVendors } from "./export";
import { exportButtonLabel, vendorListParams, vendorListQuerySchema } from "./list-query";
import { countVendorsForActor, listVendorsForActor } from "./queries";

const DAY = 86_400_000;

describe("vendor list filters", () => {
  it("finds SLA breaches in SQL exactly as the patching rules compute them", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const today = new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z");
    const entry = fc.record({
      severity: fc.constantFrom("CRITICAL", "HIGH", "MEDIUM", "LOW" as const),
      disclosedAgo: fc.integer({ min: 0, max: 120 }),
      fixAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      deployAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    });
    const vendorSpec = fc.record({
      sla: fc.option(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 40 })), { nil: null }),
      entries: fc.array(entry, { maxLength: 3 }),
    });
    const specs = fc.sample(vendorSpec, { numRuns: 40, seed: 20261127 });
    const counts = new Map<string, number>();
    for (const [i, spec] of specs.entries()) {
      const vendor = await createVendor(org.id, `Generated ${i}`);
      if (spec.sla) {
        const [c, extra] = spec.sla;
        await db().patchSla.create({ data: { organizationId: org.id, vendorId: vendor.id, criticalDays: c, highDays: c + extra, mediumDays: c + 2 * extra, lowDays: c + 3 * extra } });
      }
      const product = await db().product.create({ data: { organizationId: org.id, vendorId: vendor.id, kevVendor: "Gen", kevProduct: `P${i}` } });
      for (const [j, e] of spec.entries.entries()) {
        const disclosedAt = new Date(today.getTime() - e.disclosedAgo * DAY);
        const fixReleasedAt = e.fixAfter == null ? null : new Date(Math.min(disclosedAt.getTime() + e.fixAfter * DAY, today.getTime()));
        const deployedAt = fixReleasedAt && e.deployAfter != null ? new Date(Math.min(fixReleasedAt.getTime() + e.deployAfter * DAY, today.getTime())) : null;
        await db().vulnerabilityRecord.create({
          data: { organizationId: org.id, productId: product.id, cveId: `CVE-2026-${1000 + j}`, severity: e.severity, disclosedAt, fixReleasedAt, deployedAt },
        });
      }
      const breaches = (await vendorPatching(actor, vendor.id))!.summary.breaches;
      if (breaches > 0) counts.set(vendor.id, breaches);
    }
    const expected = new Set(counts.keys());
    const { vendors } = await listVendorsForActor(actor, { slaBreach: true });
    expect(new Set(vendors.map((v) => v.id))).toEqual(expected);
    // The risk scores count breaches in the database, entry by entry, by the same rules.
    expect(await slaBreachCounts(org.id, new Date())).toEqual(counts);
    expect(expected.size).toBeGreaterThan(0);
    expect(expected.size).toBeLessThan(specs.length);
  });

  it("filters by channel, KEV alert, review overdue and tier, and sorts", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const msp = await createVendor(org.id, "MSP");
    const saas = await createVendor(org.id, "SaaS");
    const late = await createVendor(org.id, "Late review");
    await db().vendor.update({ where: { id: late.id }, data: { nextReviewDate: new Date(Date.now() - 5 * DAY), tier: "HIGH" } });
    await db().vendor.update({ where: { id: msp.id }, data: { tier: "CRITICAL" } });
    const erp = await db().system.create({ data: { organizationId: org.id, name: "ERP", criticality: "CRITICAL" } });
    await createChannel(actor, msp.id, channelFields.parse({ name: "RMM", kind: "RMM", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", systemIds: [erp.id] }));
    await createChannel(actor, saas.id, channelFields.parse({ name: "API", kind: "API", direction: "WE_PULL", privilege: "READ", systemIds: [erp.id] }));
    await db().product.create({ data: { organizationId: org.id, vendorId: msp.id, kevVendor: "Kaseya", kevProduct: "Virtual System/Server Administrator (VSA)" } });
    await importKevCatalog(actor, readFileSync("lib/kev/kev-sample.json", "utf8"));

    const names = async (q: Record<string, unknown>) => (await listVendorsForActor(actor, vendorListQuerySchema.parse(q))).vendors.map((v) => v.name);
    expect(await names({ privilege: "CODE_EXECUTION" })).toEqual(["MSP"]);
    expect(await names({ channelKind: "API" })).toEqual(["SaaS"]);
    expect(await names({ kevAlert: "1" })).toEqual(["MSP"]);
    expect(await names({ reviewOverdue: "1" })).toEqual(["Late review"]);
    expect(await names({ tier: "HIGH" })).toEqual(["Late review"]);
    expect(await names({ sort: "tier" })).toEqual(["MSP", "Late review", "SaaS"]);
    expect(await names({ sort: "nonsense", tier: "nonsense" })).toEqual(["Late review", "MSP", "SaaS"]);
  });

  it("round-trips the URL state, leaving defaults out", () => {
    const query = vendorListQuerySchema.parse({ q: "msp", tier: "CRITICAL", kevAlert: "1", page: "3" });
    expect(vendorListParams(query).toString()).toBe("q=msp&tier=CRITICAL&kevAlert=1&page=3");
    expect(vendorListQuerySchema.parse(Object.fromEntries(vendorListParams(query)))).toEqual(query);
  });
});

describe("vendor CSV export", () => {
  it("exports the filtered list of the caller's organization only, across batches, with formulas neutralised", async () => {
    const org = await createOrganization();
    const other = await createOrganization();
    const { actor } = await createMember(org.id, "EXECUTIVE");
    await createVendor(other.id, "Other org vendor");
    await db().vendor.createMany({ data: Array.from({ length: 1205 }, (_, i) => ({ organizationId: org.id, name: `Bulk ${String(i).padStart(4, "0")}` })) });
    await createVendor(org.id, "=cmd|' /C calc'!A0");
    const rows: unknown[][] = [];
    for await (const batch of (await exportVendors(actor, {}))()) rows.push(...batch);
    expect(rows).toHaveLength(1206);
    expect(rows.some((r) => r[0] === "Other org vendor")).toBe(false);
    const names = rows.map((r) => r[0] as string);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(csvRow(rows.find((r) => String(r[0]).startsWith("="))!)).toMatch(/^'=cmd\|/);
    const filtered: unknown[][] = [];
    for await (const batch of (await exportVendors(actor, { q: "Bulk 000" }))()) filtered.push(...batch);
    expect(filtered).toHaveLength(10);
    expect(await db().auditEvent.count({ where: { organizationId: org.id, action: "export.csv" } })).toBe(2);
  });

  it("holds exactly the vendors the filtered list shows, whichever filters apply, and the button says how many of all", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const erp = await db().system.create({ data: { organizationId: org.id, name: "ERP", criticality: "HIGH" } });
    const specs = [
      { name: "Alpha", tier: "CRITICAL", status: "ACTIVE" },
      { name: "Bravo", tier: "HIGH", status: "ACTIVE" },
      { name: "Charlie", tier: "CRITICAL", status: "PROSPECT" },
      { name: "Delta", tier: null, status: "ACTIVE" },
    ] as const;
    for (const spec of specs) {
      const vendor = await db().vendor.create({ data: { organizationId: org.id, name: spec.name, tier: spec.tier, status: spec.status } });
      if (spec.name !== "Delta") {
        const kind = spec.name === "Bravo" ? "VPN" : "RMM";
        await createChannel(actor, vendor.id, channelFields.parse({ name: kind, kind, direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", systemIds: [erp.id] }));
      }
    }
    const queries = ["tier=CRITICAL", "status=ACTIVE&channelKind=RMM", "q=a&privilege=CODE_EXECUTION", "tier=LOW", ""];
    const shown: string[][] = [];
    for (const params of queries) {
      const query = vendorListQuerySchema.parse(Object.fromEntries(new URLSearchParams(params)));
      const { vendors, total } = await listVendorsForActor(actor, query);
      const exported: string[] = [];
      for await (const batch of (await exportVendors(actor, query))()) exported.push(...batch.map((r) => r[0] as string));
      expect([params, exported]).toEqual([params, vendors.map((v) => v.name)]);
      expect(total).toBe(exported.length);
      shown.push(exported);
    }
    expect(shown).toEqual([["Alpha", "Charlie"], ["Alpha"], ["Alpha", "Bravo", "Charlie"], [], ["Alpha", "Bravo", "Charlie", "Delta"]]);
    expect(await countVendorsForActor(actor)).toBe(4);
    expect([exportButtonLabel(2, 4, true), exportButtonLabel(4, 4, false), exportButtonLabel(1, 1, false), exportButtonLabel(0, 1, true)]).toEqual([
      "Export 2 of 4 vendors",
      "Export 4 vendors",
      "Export 1 vendor",
      "Export 0 of 1 vendor",
    ]);
  });
});
