import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { DEFERRED_READ_FROM, getVendorForActor, listVendorsForActor, portfolioSummary, searchVendors, VENDOR_PAGE_SIZE, VENDOR_SEARCH_LIMIT } from "./queries";

describe("vendor reads are scoped", () => {
  it("never return another organization's vendor", async () => {
    const a = await createOrganization();
    const b = await createOrganization();
    const vendorB = await createVendor(b.id, "Only in B");
    const { actor } = await createMember(a.id, "ADMIN");
    expect(await getVendorForActor(actor, vendorB.id)).toBeNull();
    const list = await listVendorsForActor(actor, { q: "Only in B" });
    expect(list.total).toBe(0);
    await createVendor(a.id, "Acme");
    expect((await listVendorsForActor(actor, { q: "%" })).total).toBe(0);
  });

  it("show a vendor contact only its own vendor", async () => {
    const org = await createOrganization();
    const own = await createVendor(org.id);
    const other = await createVendor(org.id);
    const { actor } = await createMember(org.id, "VENDOR", { vendorId: own.id });
    expect((await getVendorForActor(actor, own.id))?.id).toBe(own.id);
    expect(await getVendorForActor(actor, other.id)).toBeNull();
    expect((await listVendorsForActor(actor)).vendors.map((v) => v.id)).toEqual([own.id]);
  });

  it("page, filter and summarise within the organization", async () => {
    const org = await createOrganization();
    for (let i = 0; i < 30; i++) await createVendor(org.id, `Supplier ${String(i).padStart(2, "0")}`);
    const { actor } = await createMember(org.id, "EXECUTIVE");
    const page2 = await listVendorsForActor(actor, { page: 2 });
    expect(page2).toMatchObject({ total: 30, page: 2, pageCount: 2 });
    expect(page2.vendors.map((v) => v.name)).toEqual(["Supplier 25", "Supplier 26", "Supplier 27", "Supplier 28", "Supplier 29"]);
    expect((await listVendorsForActor(actor, { q: "supplier 1" })).total).toBe(10);
    // A page past the end (an old link, a narrowed filter) shows the last page.
    const past = await listVendorsForActor(actor, { page: 9 });
    expect(past).toMatchObject({ total: 30, page: 2, pageCount: 2 });
    expect(past.vendors.map((v) => v.name)).toEqual(page2.vendors.map((v) => v.name));
    expect((await portfolioSummary(actor)).byStatus.ACTIVE).toBe(30);
  });

  it("read deep pages by their ids first, with the same vendors in the same order as a plain read", async () => {
    const org = await createOrganization();
    const other = await createOrganization();
    const tiers = ["CRITICAL", "HIGH", "MEDIUM", "LOW", null] as const;
    const count = DEFERRED_READ_FROM + 2 * VENDOR_PAGE_SIZE;
    // Names in an order unlike the ids' (cuids grow with time): a page put together in id order would show.
    const names = Array.from({ length: count }, (_, i) => `Vendor ${String((i * 7919) % count).padStart(5, "0")}`);
    await db().vendor.createMany({ data: names.map((name, i) => ({ organizationId: org.id, name, tier: tiers[i % tiers.length] })) });
    await db().vendor.createMany({ data: names.map((name) => ({ organizationId: other.id, name })) });
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const deepPage = Math.floor(DEFERRED_READ_FROM / VENDOR_PAGE_SIZE) + 2; // skips DEFERRED_READ_FROM + 25 rows
    for (const query of [{}, { sort: "tier" as const }, { q: "vendor 0", sort: "review" as const }]) {
      // Every name matches "vendor 0" (any case); no vendor has a review date, so "review" orders by name.
      const all = (await db().vendor.findMany({ where: { organizationId: org.id }, select: { id: true, tier: true, name: true } })).sort((a, b) =>
        query.sort === "tier" ? tiers.indexOf(a.tier) - tiers.indexOf(b.tier) || (a.name < b.name ? -1 : 1) : a.name < b.name ? -1 : 1,
      );
      const list = await listVendorsForActor(actor, { ...query, page: deepPage });
      expect(list).toMatchObject({ page: deepPage, total: count });
      expect(list.vendors.map((v) => v.id)).toEqual(all.slice((deepPage - 1) * VENDOR_PAGE_SIZE, deepPage * VENDOR_PAGE_SIZE).map((v) => v.id));
      expect(list.vendors.every((v) => v.organizationId === org.id && v.servicesProvided === null)).toBe(true);
    }
  });

  it("suggest vendors for a picker: names starting with the text first, then containing it, at most a screenful", async () => {
    const org = await createOrganization();
    const other = await createOrganization();
    await createVendor(other.id, "Acme in another organization");
    for (const name of ["Nimbus Cloud", "Cloudflare", "Cloudbase hosting", "Big Cloud Co", "Acme"]) await createVendor(org.id, name);
    const { actor } = await createMember(org.id, "ADMIN");
    expect((await searchVendors(actor, "CLOUD")).map((v) => v.name)).toEqual(["Cloudbase hosting", "Cloudflare", "Big Cloud Co", "Nimbus Cloud"]);
    expect((await searchVendors(actor, "acme")).map((v) => v.name)).toEqual(["Acme"]);
    // LIKE wildcards are taken literally.
    expect(await searchVendors(actor, "%")).toEqual([]);
    expect(await searchVendors(actor, "_")).toEqual([]);
    for (let i = 0; i < VENDOR_SEARCH_LIMIT + 5; i++) await createVendor(org.id, `Supplier ${String(i).padStart(2, "0")}`);
    const all = await searchVendors(actor, "");
    expect(all).toHaveLength(VENDOR_SEARCH_LIMIT);
    expect(all[0]!.name).toBe("Acme");
  });
});
