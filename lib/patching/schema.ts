import { z } from "zod";
import { id, optionalDate, optionalInt, optionalText, requiredDate, requiredInt, text } from "@/lib/validation";

export const SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const;

const days = (label: string) => requiredInt(0, 3650, label);

export const slaSchema = z
  .object({
    vendorId: id(),
    productId: z.preprocess((v) => (v === "" ? null : v ?? null), id().nullable()),
    criticalDays: days("Days for critical"),
    highDays: days("Days for high"),
    mediumDays: days("Days for medium"),
    lowDays: days("Days for low"),
    notificationHours: optionalInt(0, 8760),
  })
  .refine((v) => v.criticalDays <= v.highDays && v.highDays <= v.mediumDays && v.mediumDays <= v.lowDays, {
    path: ["highDays"],
    message: "More severe flaws must get the same or fewer days: critical ≤ high ≤ medium ≤ low",
  });

export const productSchema = z.object({
  vendorId: id(),
  kevVendor: text(120, "The vendor name as CISA KEV writes it"),
  kevProduct: text(120, "The product name as CISA KEV writes it"),
  version: optionalText(60),
});

export const removeProductSchema = z.object({ vendorId: id(), productId: id() });

const cve = z
  .string({ error: "The CVE id is required" })
  .trim()
  .toUpperCase()
  .regex(/^CVE-\d{4}-\d{4,7}$/, "Use the CVE id format, e.g. CVE-2021-30116");

export const vulnerabilityFields = z
  .object({
    cveId: cve,
    severity: z.enum(SEVERITIES, { error: "Choose the severity" }),
    disclosedAt: requiredDate("The disclosure date"),
    fixReleasedAt: optionalDate(),
    deployedAt: optionalDate(),
    compensatingControls: optionalText(1000),
  })
  .refine((v) => !v.fixReleasedAt || v.fixReleasedAt >= v.disclosedAt, { path: ["fixReleasedAt"], message: "The fix cannot come before the disclosure" })
  .refine((v) => !v.deployedAt || !!v.fixReleasedAt, { path: ["deployedAt"], message: "Record when the vendor released the fix first" })
  .refine((v) => !v.deployedAt || !v.fixReleasedAt || v.deployedAt >= v.fixReleasedAt, { path: ["deployedAt"], message: "We cannot deploy a fix before it is released" });

export type VulnerabilityFields = z.output<typeof vulnerabilityFields>;

export const addVulnerabilitySchema = z.intersection(vulnerabilityFields, z.object({ productId: id() }));
export const updateVulnerabilitySchema = z.intersection(vulnerabilityFields, z.object({ id: id() }));
export const removeVulnerabilitySchema = z.object({ id: id() });
