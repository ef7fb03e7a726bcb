// Time-to-patch and SLA breaches, computed from the ledger's dates, never typed in.
//   vendor side: disclosed → vendor fix released, against the vendor's contractual days for the severity;
//   our side:    fix released → deployed by us, against the KEV due date when CISA lists the flaw, otherwise the
//                same contractual days (our own patch policy mirrors what we demand of the vendor).
// While a step is not done, its clock keeps running up to `asOf`, so an overdue fix is a breach before it lands.
import type { Severity } from "@/lib/generated/prisma/enums";

export type SlaDays = Record<Severity, number>;

export interface LedgerDates {
  severity: Severity;
  disclosedAt: Date;
  fixReleasedAt: Date | null;
  deployedAt: Date | null;
  /** CISA KEV due date, when the CVE is in the catalog. */
  kevDueDate?: Date | null;
}

export interface StepAssessment {
  /** Whole days taken, or elapsed so far while not done; null when the step has not started. */
  days: number | null;
  done: boolean;
  /** Allowed days; null when no SLA applies. */
  allowedDays: number | null;
  /** True when over the allowed days (also while still running); null when no SLA applies or not started. */
  breached: boolean | null;
}

export interface PatchAssessment {
  vendor: StepAssessment;
  ours: StepAssessment;
  /** Any breach on either side. */
  breached: boolean;
}

const DAY = 86_400_000;
export const daysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY);

function step(start: Date | null, end: Date | null, allowedDays: number | null, asOf: Date): StepAssessment {
  if (!start) return { days: null, done: false, allowedDays, breached: null };
  const days = Math.max(0, daysBetween(start, end ?? asOf));
  return { days, done: !!end, allowedDays, breached: allowedDays == null ? null : days > allowedDays };
}

export function assessPatch(entry: LedgerDates, sla: SlaDays | null, asOf: Date): PatchAssessment {
  const contractual = sla ? sla[entry.severity] : null;
  const vendor = step(entry.disclosedAt, entry.fixReleasedAt, contractual, asOf);
  const ourAllowed = entry.kevDueDate && entry.fixReleasedAt ? Math.max(0, daysBetween(entry.fixReleasedAt, entry.kevDueDate)) : contractual;
  const ours = step(entry.fixReleasedAt, entry.deployedAt, ourAllowed, asOf);
  return { vendor, ours, breached: vendor.breached === true || ours.breached === true };
}

/** The SLA that applies to a product: its own if it has one, otherwise the vendor-wide one. */
export function applicableSla<T extends { productId: string | null }>(slas: T[], productId: string): T | null {
  return slas.find((s) => s.productId === productId) ?? slas.find((s) => s.productId === null) ?? null;
}

export const slaDaysOf = (sla: { criticalDays: number; highDays: number; mediumDays: number; lowDays: number } | null): SlaDays | null =>
  sla ? { CRITICAL: sla.criticalDays, HIGH: sla.highDays, MEDIUM: sla.mediumDays, LOW: sla.lowDays } : null;

/** Median of whole days, or null for none. */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
