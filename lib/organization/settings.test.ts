import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_TUNABLES, WEIGHTS } from "@/lib/risk/model";
import { loadVendorRisks } from "@/lib/risk/vendor-risk";
import { createMember, createOrganization } from "@/tests/factories";
import { riskWeightsSchema, updateOrganizationLei, updateRiskWeights } from "./settings";

describe("organization settings", () => {
  it("tuned risk weights change the scores and name their version; restoring brings the defaults back", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    await db().vendor.create({ data: { organizationId: org.id, name: "Payroll SaaS", criticalFunction: true } });
    const [before] = await loadVendorRisks(actor);
    expect(before!.score.weightsVersion).toBe(WEIGHTS.version);

    await updateRiskWeights(actor, { ...DEFAULT_TUNABLES, criticalFunction: 30 });
    const [tuned] = await loadVendorRisks(actor);
    expect(tuned!.score.weightsVersion).toBe(`${WEIGHTS.version}/tuned-1`);
    expect(tuned!.score.impact).toBe(before!.score.impact + 15);

    await updateRiskWeights(actor, null);
    const [restored] = await loadVendorRisks(actor);
    expect(restored!.score).toEqual(before!.score);
    await updateRiskWeights(actor, { ...DEFAULT_TUNABLES, criticalFunction: 20 });
    expect((await loadVendorRisks(actor))[0]!.score.weightsVersion).toBe(`${WEIGHTS.version}/tuned-3`);
  });

  it("refuses values outside the bounds, falling thresholds, and non-administrators", async () => {
    const numbers = Object.fromEntries(Object.entries(DEFAULT_TUNABLES).map(([k, v]) => [k, String(v)]));
    expect(riskWeightsSchema.safeParse(numbers).success).toBe(true);
    expect(riskWeightsSchema.safeParse({ ...numbers, accessMax: "90" }).success).toBe(false);
    expect(riskWeightsSchema.safeParse({ ...numbers, levelHigh: "60", levelCritical: "55" }).success).toBe(false);
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    await expect(updateRiskWeights(actor, null)).rejects.toThrow(/Only administrators/);
    await expect(updateOrganizationLei(actor, { lei: null })).rejects.toThrow(/Only administrators/);
  });
});
