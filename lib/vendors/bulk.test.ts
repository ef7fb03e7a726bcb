import { describe, expect, it, vi } from "vitest";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { signInAs } from "@/tests/request-context";
import { db } from "@/lib/db";
import { bulkSetTierAction } from "./actions";
import { exportVendors } from "./export";
import { vendorListQuerySchema } from "./list-query";

vi.mock("next/headers", async () => (await import("@/tests/request-context")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/tests/request-context")).nextCache);
vi.mock("@/lib/auth/index", async () => (await import("@/tests/request-context")).authIndex);

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) data.append(k, value);
  return data;
};

describe("bulk actions on the vendor list", () => {
  it("sets one tier with one reason on the chosen vendors: tier history and audit for each that changes", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const [a, b, c, untouched] = await Promise.all(["Alpha", "Bravo", "Charlie", "Delta"].map((n) => createVendor(org.id, n)));
    await db().vendor.update({ where: { id: c!.id }, data: { tier: "HIGH" } });
    await signInAs(actor);

    const result = await bulkSetTierAction({}, form({ ids: [a!.id, b!.id, c!.id], tier: "HIGH", reason: "Quarterly re-tiering" }));
    expect(result).toEqual({ ok: true, message: "Tier set on 2 vendors." });
    const vendors = await db().vendor.findMany({ where: { organizationId: org.id }, orderBy: { name: "asc" }, select: { name: true, tier: true, tierReason: true, version: true } });
    expect(vendors.map((v) => [v.name, v.tier, v.tierReason])).toEqual([
      ["Alpha", "HIGH", "Quarterly re-tiering"],
      ["Bravo", "HIGH", "Quarterly re-tiering"],
      ["Charlie", "HIGH", null],
      ["Delta", null, null],
    ]);
    const history = await db().vendorTierChange.findMany({ where: { organizationId: org.id }, orderBy: { vendorId: "asc" } });
    expect(history.map((h) => [h.vendorId, h.fromTier, h.toTier, h.reason, h.changedByEmail])).toEqual(
      [a!.id, b!.id].sort().map((id) => [id, null, "HIGH", "Quarterly re-tiering", actor.email]),
    );
    const audit = await db().auditEvent.findMany({ where: { organizationId: org.id, action: "vendor.updated" } });
    expect(audit.map((e) => [e.vendorId, e.after]).sort()).toEqual(
      [a!.id, b!.id].sort().map((id) => [id, { tier: "HIGH", tierReason: "Quarterly re-tiering" }]),
    );
    expect(untouched).toBeDefined();
  });

  it("refuses a missing reason, another organization's vendor, and callers who may not edit the register", async () => {
    const org = await createOrganization();
    const other = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const { actor: executive } = await createMember(org.id, "EXECUTIVE");
    const own = await createVendor(org.id, "Own");
    const foreign = await createVendor(other.id, "Foreign");
    await signInAs(actor);
    expect(await bulkSetTierAction({}, form({ ids: [own.id], tier: "LOW", reason: " " }))).toMatchObject({ ok: false, fieldErrors: { reason: ["The reason is required"] } });
    expect(await bulkSetTierAction({}, form({ ids: [own.id, foreign.id], tier: "LOW", reason: "Mixed" }))).toMatchObject({ ok: false, message: "That vendor does not exist." });
    // All or nothing: the organization's own vendor was not changed either.
    expect((await db().vendor.findUniqueOrThrow({ where: { id: own.id } })).tier).toBeNull();
    expect((await db().vendor.findUniqueOrThrow({ where: { id: foreign.id } })).tier).toBeNull();

    await signInAs(executive);
    await expect(bulkSetTierAction({}, form({ ids: [own.id], tier: "LOW", reason: "Executive" }))).rejects.toThrow();
    expect(await db().vendorTierChange.count({ where: { vendorId: own.id } })).toBe(0);
  });

  it("exports only the chosen vendors, within the filters, and audits the choice", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "EXECUTIVE");
    const vendors = await Promise.all(["Alpha", "Bravo", "Charlie"].map((n) => createVendor(org.id, n)));
    const foreign = await createVendor((await createOrganization()).id, "Foreign");
    await db().vendor.update({ where: { id: vendors[2]!.id }, data: { tier: "LOW" } });
    const names = async (query: Record<string, string>, ids: string[]) => {
      const rows: string[] = [];
      for await (const batch of (await exportVendors(actor, vendorListQuerySchema.parse(query), ids))()) rows.push(...batch.map((r) => r[0] as string));
      return rows;
    };
    expect(await names({}, [vendors[0]!.id, vendors[2]!.id, foreign.id])).toEqual(["Alpha", "Charlie"]);
    expect(await names({ tier: "LOW" }, [vendors[0]!.id, vendors[2]!.id])).toEqual(["Charlie"]);
    const audit = await db().auditEvent.findFirst({ where: { organizationId: org.id, action: "export.csv" }, orderBy: { seq: "asc" } });
    expect(audit!.after).toMatchObject({ filters: { ids: [vendors[0]!.id, vendors[2]!.id, foreign.id] } });
  });
});
