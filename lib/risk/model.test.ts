import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kaseyaPatternAlarms } from "./kaseya";
import { computeVendorRisk, TUNABLE_BOUNDS, WEIGHTS, weightsFor, weightsLabel, type ChannelRisk, type RiskInputs, type Tunables } from "./model";

const tier = fc.constantFrom("CRITICAL", "HIGH", "MEDIUM", "LOW" as const);
const channel: fc.Arbitrary<ChannelRisk> = fc.record({
  name: fc.string({ minLength: 1, maxLength: 8 }),
  kindLabel: fc.constantFrom("RMM", "VPN", "API"),
  privilege: fc.constantFrom("READ", "WRITE", "ADMIN", "CODE_EXECUTION" as const),
  canPushCode: fc.boolean(),
  mfaEnforced: fc.boolean(),
  alwaysOn: fc.boolean(),
  monitored: fc.boolean(),
  consoleInternetExposed: fc.boolean(),
  killSwitchTested: fc.boolean(),
  systems: fc.array(tier, { maxLength: 6 }),
});
const finding = fc.record({ severity: fc.constantFrom("CRITICAL", "HIGH", "MEDIUM", "LOW" as const), ageDays: fc.nat(1000) });
const inputs: fc.Arbitrary<RiskInputs> = fc.record({
  dataSensitivity: fc.constantFrom("NONE", "INTERNAL", "CONFIDENTIAL", "PERSONAL", "SPECIAL_CATEGORY" as const),
  criticalFunction: fc.boolean(),
  substitutability: fc.constantFrom("EASY", "DIFFICULT", "IMPOSSIBLE", null),
  channels: fc.array(channel, { maxLength: 6 }),
  slaBreaches: fc.nat(10),
  openKev: fc.nat(5),
  controlScore: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  openFindings: fc.array(finding, { maxLength: 8 }),
  reviewOverdueDays: fc.nat(1000),
});

/** Any tuning an administrator can save: every value within its bounds, thresholds rising. */
const tunables: fc.Arbitrary<Tunables> = fc
  .record(Object.fromEntries(Object.entries(TUNABLE_BOUNDS).map(([k, [min, max]]) => [k, fc.integer({ min, max })])) as Record<keyof Tunables, fc.Arbitrary<number>>)
  .filter((t) => t.levelCritical > t.levelHigh && t.levelHigh > t.levelMedium);

describe("vendor risk model", () => {
  it("keeps its guarantees under any tuning within the documented bounds", () => {
    fc.assert(
      fc.property(inputs, tunables, finding, fc.double({ min: 0, max: 1, noNaN: true }), (i, t, extra, control) => {
        const w = weightsFor(t, 1);
        const r = computeVendorRisk(i, w);
        for (const v of [r.impact, r.likelihood, r.residual]) expect(v >= 0 && v <= 100).toBe(true);
        expect(r.weightsVersion).toMatch(/\/tuned-1$/);
        expect(computeVendorRisk({ ...i, openFindings: [...i.openFindings, extra] }, w).residual).toBeGreaterThanOrEqual(r.residual);
        expect(computeVendorRisk({ ...i, controlScore: 1 }, w).residual).toBeLessThanOrEqual(computeVendorRisk({ ...i, controlScore: control }, w).residual);
      }),
    );
  });

  it("stays within 0–100 and names its weights version", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = computeVendorRisk(i);
        for (const v of [r.impact, r.likelihood, r.residual]) expect(v >= 0 && v <= 100).toBe(true);
        expect(r.weightsVersion).toMatch(/^\d{4}-/);
      }),
    );
  });

  it("never rises when a control passes (a higher questionnaire score)", () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (i, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(computeVendorRisk({ ...i, controlScore: high }).residual).toBeLessThanOrEqual(computeVendorRisk({ ...i, controlScore: low }).residual);
      }),
    );
  });

  it("never lowers impact when a channel is added, or a reached system becomes more critical", () => {
    fc.assert(
      fc.property(inputs, channel, (i, extra) => {
        expect(computeVendorRisk({ ...i, channels: [...i.channels, extra] }).impact).toBeGreaterThanOrEqual(computeVendorRisk(i).impact);
      }),
    );
    fc.assert(
      fc.property(inputs, (i) => {
        fc.pre(i.channels.some((c) => c.systems.some((s) => s !== "CRITICAL")));
        const raised = i.channels.map((c) => ({ ...c, systems: c.systems.map(() => "CRITICAL" as const) }));
        expect(computeVendorRisk({ ...i, channels: raised }).impact).toBeGreaterThanOrEqual(computeVendorRisk(i).impact);
      }),
    );
  });

  it("never lowers likelihood when a finding is opened, ages, or a review becomes more overdue", () => {
    fc.assert(
      fc.property(inputs, finding, fc.nat(500), (i, extra, later) => {
        const base = computeVendorRisk(i);
        expect(computeVendorRisk({ ...i, openFindings: [...i.openFindings, extra] }).likelihood).toBeGreaterThanOrEqual(base.likelihood);
        expect(computeVendorRisk({ ...i, openFindings: i.openFindings.map((f) => ({ ...f, ageDays: f.ageDays + later })) }).likelihood).toBeGreaterThanOrEqual(base.likelihood);
        expect(computeVendorRisk({ ...i, reviewOverdueDays: i.reviewOverdueDays + later }).residual).toBeGreaterThanOrEqual(base.residual);
      }),
    );
  });

  it("never rises when a finding is resolved or accepted (leaves the open list)", () => {
    fc.assert(
      fc.property(inputs, fc.nat(), (i, pick) => {
        fc.pre(i.openFindings.length > 0);
        const remaining = i.openFindings.filter((_, index) => index !== pick % i.openFindings.length);
        expect(computeVendorRisk({ ...i, openFindings: remaining }).residual).toBeLessThanOrEqual(computeVendorRisk(i).residual);
      }),
    );
  });

  it("does not depend on the order of channels, systems or findings", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const reversed = { ...i, openFindings: [...i.openFindings].reverse(), channels: [...i.channels].reverse().map((c) => ({ ...c, systems: [...c.systems].reverse() })) };
        const a = computeVendorRisk(i);
        const b = computeVendorRisk(reversed);
        expect([b.impact, b.likelihood, b.residual]).toEqual([a.impact, a.likelihood, a.residual]);
      }),
    );
  });

  it("explains the Kaseya case in words a board member understands", () => {
    const rmm: ChannelRisk = {
      name: "MSP RMM agent",
      kindLabel: "RMM",
      privilege: "CODE_EXECUTION",
      canPushCode: true,
      mfaEnforced: false,
      alwaysOn: true,
      monitored: false,
      consoleInternetExposed: true,
      killSwitchTested: false,
      systems: ["CRITICAL", "CRITICAL", "CRITICAL", "HIGH", "MEDIUM"],
    };
    const r = computeVendorRisk({ dataSensitivity: "CONFIDENTIAL", criticalFunction: true, substitutability: null, channels: [rmm], slaBreaches: 1, openKev: 1, controlScore: null, openFindings: [], reviewOverdueDays: 0 });
    expect(r.level).toBe("critical");
    expect(r.factors[0]!.text).toBe("can execute code on 5 systems, 3 of them critical, through an always-on RMM channel without MFA (MSP RMM agent)");
    expect(kaseyaPatternAlarms([rmm], { criticalSlaDays: 14, slaBreaches: 1, openKev: 1 })[0]!.reasons).toEqual([
      "critical flaws may take 14 days to fix",
      "1 patch SLA breach",
      "1 known-exploited vulnerability open in its products",
      "console exposed to the internet",
      "no MFA",
      "emergency disconnect never tested",
    ]);
    const safe = { ...rmm, mfaEnforced: true, consoleInternetExposed: false, killSwitchTested: true };
    expect(kaseyaPatternAlarms([safe], { criticalSlaDays: 3, slaBreaches: 0, openKev: 0 })).toEqual([]);
  });
});

describe("weights versions in words", () => {
  it("names the standard weights by month and a tuning by its revision, never by the version code", () => {
    expect(weightsLabel("2026-11-questionnaires-1")).toBe("Standard weights of November 2026");
    expect(weightsLabel(weightsFor({ kevMax: 20 }, 3).version)).toBe("Your organization's weights (revision 3, based on the standard weights of November 2026)");
    expect(weightsLabel(WEIGHTS.version)).not.toContain(WEIGHTS.version);
  });
});
