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
import { getTranslations } from "next-intl/server";
import { vendorListParams, vendorListQuerySchema } from "./list-query";
import { countVendorsForActor, DEFERRED_READ_FROM, listVendorsForActor, VENDOR_PAGE_SIZE } from "./queries";

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

  it("sorts by risk, impact, likelihood, tier and next review on the server, each page continuing the last, ties by name, deep pages too", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const count = DEFERRED_READ_FROM + 2 * VENDOR_PAGE_SIZE + 7;
    const tiers = ["CRITICAL", "HIGH", "MEDIUM", "LOW", null] as const;
    // Few distinct values, so most vendors tie with many others; names not in the order of creation.
    const specs = Array.from({ length: count }, (_, i) => ({
      name: `V ${String((i * 7919) % count).padStart(4, "0")}`,
      residual: (i * 31) % 5,
      impact: (i * 17) % 3,
      likelihood: (i * 13) % 4,
      tier: tiers[i % 5]!,
      nextReviewDate: i % 3 ? new Date(Date.UTC(2027, 0, 1 + (i % 4))) : null,
    }));
    await db().vendor.createMany({ data: specs.map(({ name, tier, nextReviewDate }) => ({ organizationId: org.id, name, tier, nextReviewDate })) });
    const ids = new Map((await db().vendor.findMany({ where: { organizationId: org.id }, select: { id: true, name: true } })).map((v) => [v.name, v.id]));
    // Stored scores as the recomputation leaves them (current for today), so the list reads them as they are.
    const today = new Date().toISOString().slice(0, 10);
    await db().$executeRaw`
      UPDATE "VendorRiskScore" s SET residual = u.residual, impact = u.impact, likelihood = u.likelihood, level = 'low', stale = false,
        "computedChanges" = s.changes, "asOfDay" = ${today}::date
      FROM jsonb_to_recordset(${JSON.stringify(specs.map((v) => ({ id: ids.get(v.name), residual: v.residual, impact: v.impact, likelihood: v.likelihood })))}::jsonb)
        AS u(id text, residual int, impact float8, likelihood float8)
      WHERE s."vendorId" = u.id`;

    const tierRank = (t: (typeof tiers)[number]) => (t === null ? 9 : tiers.indexOf(t));
    const byName = (a: (typeof specs)[number], b: (typeof specs)[number]) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const expected = (key: (v: (typeof specs)[number]) => number, dir: 1 | -1, nullsLast = false) =>
      [...specs]
        .sort((a, b) => {
          const [ka, kb] = [key(a), key(b)];
          if (nullsLast && (ka === Infinity || kb === Infinity)) return ka === kb ? byName(a, b) : ka === Infinity ? 1 : -1;
          return (ka - kb) * dir || byName(a, b);
        })
        .map((v) => v.name);
    const pages = [1, 2, DEFERRED_READ_FROM / VENDOR_PAGE_SIZE + 1, DEFERRED_READ_FROM / VENDOR_PAGE_SIZE + 2, DEFERRED_READ_FROM / VENDOR_PAGE_SIZE + 3];
    const shown = async (params: Record<string, string>) => {
      const names: string[] = [];
      for (const page of pages) {
        const result = await listVendorsForActor(actor, vendorListQuerySchema.parse({ ...params, page: String(page) }));
        expect(result.total).toBe(count);
        names.push(...result.vendors.map((v) => v.name));
      }
      return names;
    };
    const window = (names: string[]) => pages.flatMap((p) => names.slice((p - 1) * VENDOR_PAGE_SIZE, p * VENDOR_PAGE_SIZE));
    const review = (v: (typeof specs)[number]) => v.nextReviewDate?.getTime() ?? Infinity;
    const cases: [Record<string, string>, string[]][] = [
      [{ sort: "risk" }, expected((v) => v.residual, -1)],
      [{ sort: "risk", dir: "asc" }, expected((v) => v.residual, 1)],
      [{ sort: "impact" }, expected((v) => v.impact, -1)],
      [{ sort: "likelihood", dir: "asc" }, expected((v) => v.likelihood, 1)],
      [{ sort: "tier" }, expected((v) => tierRank(v.tier), 1, true)],
      [{ sort: "tier", dir: "desc" }, expected((v) => (v.tier === null ? Infinity : tierRank(v.tier)), -1, true)],
      [{ sort: "review" }, expected(review, 1, true)],
      [{ sort: "name", dir: "desc" }, expected(() => 0, 1).reverse()],
    ];
    for (const [params, order] of cases) expect([params, await shown(params)]).toEqual([params, window(order)]);
    // Each vendor appears once across all pages of a sort with ties.
    const all: string[] = [];
    for (let page = 1; page <= Math.ceil(count / VENDOR_PAGE_SIZE); page++) {
      all.push(...(await listVendorsForActor(actor, vendorListQuerySchema.parse({ sort: "risk", page: String(page) }))).vendors.map((v) => v.name));
    }
    expect(all).toEqual(expected((v) => v.residual, -1));
    // The rows carry the scores they are sorted by.
    const [top] = (await listVendorsForActor(actor, { sort: "risk" })).vendors;
    expect(top!.riskScore).toMatchObject({ residual: 4 });
  });

  it("round-trips the URL state, leaving defaults out", () => {
    const query = vendorListQuerySchema.parse({ q: "msp", tier: "CRITICAL", kevAlert: "1", page: "3" });
    expect(vendorListParams(query).toString()).toBe("q=msp&tier=CRITICAL&kevAlert=1&page=3");
    expect(vendorListQuerySchema.parse(Object.fromEntries(vendorListParams(query)))).toEqual(query);
    // A direction is kept only when it is not the column's own.
    expect(vendorListParams(vendorListQuerySchema.parse({ sort: "risk", dir: "desc" })).toString()).toBe("sort=risk");
    expect(vendorListParams(vendorListQuerySchema.parse({ sort: "risk", dir: "asc" })).toString()).toBe("sort=risk&dir=asc");
    expect(vendorListParams(vendorListQuerySchema.parse({ sort: "risk", dir: "up" })).toString()).toBe("sort=risk");
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
    const t = await getTranslations("vendorList");
    expect([t("exportFiltered", { matching: 2, count: 4 }), t("exportAll", { count: 4 }), t("exportAll", { count: 1 }), t("exportFiltered", { matching: 0, count: 1 })]).toEqual([
      "Export 2 of 4 vendors",
      "Export 4 vendors",
      "Export 1 vendor",
      "Export 0 of 1 vendor",
    ]);
  });
});
