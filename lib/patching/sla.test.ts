import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applicableSla, assessPatch, median, type LedgerDates, type SlaDays } from "./sla";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const sla: SlaDays = { CRITICAL: 7, HIGH: 30, MEDIUM: 90, LOW: 180 };
const DAY = 86_400_000;

describe("time to patch", () => {
  it("computes both sides from the dates", () => {
    const result = assessPatch({ severity: "CRITICAL", disclosedAt: d("2026-03-01"), fixReleasedAt: d("2026-03-05"), deployedAt: d("2026-03-20") }, sla, d("2026-06-01"));
    expect(result.vendor).toEqual({ days: 4, done: true, allowedDays: 7, breached: false });
    expect(result.ours).toEqual({ days: 15, done: true, allowedDays: 7, breached: true });
    expect(result.breached).toBe(true);
  });

  it("keeps the vendor's clock running until a fix exists, so an overdue fix is already a breach", () => {
    const result = assessPatch({ severity: "CRITICAL", disclosedAt: d("2026-03-01"), fixReleasedAt: null, deployedAt: null }, sla, d("2026-03-20"));
    expect(result.vendor).toEqual({ days: 19, done: false, allowedDays: 7, breached: true });
    expect(result.ours).toEqual({ days: null, done: false, allowedDays: 7, breached: null });
  });

  it("measures our side against the KEV due date when CISA lists the flaw", () => {
    const result = assessPatch(
      { severity: "HIGH", disclosedAt: d("2026-03-01"), fixReleasedAt: d("2026-03-02"), deployedAt: null, kevDueDate: d("2026-03-12") },
      sla,
      d("2026-03-15"),
    );
    expect(result.ours).toEqual({ days: 13, done: false, allowedDays: 10, breached: true });
  });

  it("reports no breach, only durations, when no SLA applies", () => {
    const result = assessPatch({ severity: "LOW", disclosedAt: d("2026-01-01"), fixReleasedAt: d("2026-12-01"), deployedAt: null }, null, d("2026-12-02"));
    expect(result.vendor.breached).toBeNull();
    expect(result.breached).toBe(false);
  });

  const dates = fc.record({
    severity: fc.constantFrom("CRITICAL", "HIGH", "MEDIUM", "LOW" as const),
    disclosedAt: fc.integer({ min: 0, max: 3000 }),
    fixAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
    deployAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  });
  const toEntry = (x: { severity: LedgerDates["severity"]; disclosedAt: number; fixAfter: number | null; deployAfter: number | null }): LedgerDates => {
    const disclosedAt = new Date(Date.UTC(2018, 0, 1) + x.disclosedAt * DAY);
    const fixReleasedAt = x.fixAfter == null ? null : new Date(disclosedAt.getTime() + x.fixAfter * DAY);
    const deployedAt = fixReleasedAt && x.deployAfter != null ? new Date(fixReleasedAt.getTime() + x.deployAfter * DAY) : null;
    return { severity: x.severity, disclosedAt, fixReleasedAt, deployedAt };
  };

  it("breaches exactly when the days exceed the allowed days", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 800 }), (x, later) => {
        const entry = toEntry(x);
        const asOf = new Date(entry.disclosedAt.getTime() + later * DAY);
        const r = assessPatch(entry, sla, asOf);
        for (const side of [r.vendor, r.ours]) {
          if (side.days != null) expect(side.breached).toBe(side.days > side.allowedDays!);
        }
      }),
    );
  });

  it("never heals a breach as time passes", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 }), (x, a, extra) => {
        const entry = toEntry(x);
        const early = new Date(entry.disclosedAt.getTime() + a * DAY);
        const late = new Date(early.getTime() + extra * DAY);
        if (assessPatch(entry, sla, early).breached) expect(assessPatch(entry, sla, late).breached).toBe(true);
      }),
    );
  });

  it("does not depend on the time of day or on `asOf` once both steps are done", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 5000 }), (x, a) => {
        const entry = toEntry(x);
        fc.pre(entry.deployedAt !== null);
        const r1 = assessPatch(entry, sla, new Date(entry.deployedAt!.getTime() + a * DAY));
        const r2 = assessPatch(entry, sla, new Date(entry.deployedAt!.getTime() + (a + 17) * DAY + 3_600_000));
        expect(r2).toEqual(r1);
      }),
    );
  });
});

describe("which SLA applies", () => {
  it("prefers the product's own SLA over the vendor-wide one", () => {
    const slas = [
      { id: "vendor", productId: null },
      { id: "product", productId: "p1" },
    ];
    expect(applicableSla(slas, "p1")?.id).toBe("product");
    expect(applicableSla(slas, "p2")?.id).toBe("vendor");
    expect(applicableSla([], "p1")).toBeNull();
  });

  it("takes medians of whole days", () => {
    expect(median([])).toBeNull();
    expect(median([9, 1, 5])).toBe(5);
    expect(median([1, 2, 3, 10])).toBe(3);
  });
});
