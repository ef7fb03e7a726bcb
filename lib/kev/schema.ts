// CISA's Known Exploited Vulnerabilities catalog file, as its published JSON schema describes it.
import { z } from "zod";
import { plainString } from "@/lib/validation";

const date = z.iso.date("must be a date as YYYY-MM-DD");

export const kevVulnerabilitySchema = z.object({
  cveID: z.string().regex(/^CVE-[0-9]{4}-[0-9]{4,19}$/, "must look like CVE-YYYY-NNNN"),
  vendorProject: plainString().min(1).max(300),
  product: plainString().min(1).max(300),
  vulnerabilityName: plainString().max(1000),
  dateAdded: date,
  shortDescription: plainString().max(10_000),
  requiredAction: plainString().max(10_000),
  dueDate: date,
  knownRansomwareCampaignUse: plainString().max(50).optional(),
  notes: plainString().max(10_000).optional(),
  cwes: z.array(plainString()).optional(),
});

export const kevCatalogSchema = z
  .object({
    title: plainString().optional(),
    catalogVersion: plainString().min(1).max(100),
    dateReleased: z.iso.datetime({ offset: true, error: "must be a date-time such as 2025-03-31T00:00:00.000Z" }),
    count: z.number().int().min(0),
    vulnerabilities: z.array(kevVulnerabilitySchema).max(100_000),
  })
  .refine((c) => c.count === c.vulnerabilities.length, { path: ["count"], message: "does not match the number of vulnerabilities in the file" });

export type KevCatalog = z.output<typeof kevCatalogSchema>;

/** The first problems of an invalid file, in words an administrator can act on. */
export function describeCatalogErrors(error: z.ZodError, max = 5): string[] {
  return error.issues.slice(0, max).map((issue) => {
    const path = issue.path
      .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
      .join("");
    return `${path || "file"}: ${issue.message}`;
  });
}
