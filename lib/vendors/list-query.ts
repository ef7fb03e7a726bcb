// The vendor list's URL state: search, filters, sort and page. One schema for the page, the CSV export and tests.
import { z } from "zod";
import { countOf } from "@/lib/format";
import { pageParam, searchParam } from "@/lib/validation";
import { CHANNEL_KINDS, PRIVILEGES } from "@/lib/channels/schema";
import { TIERS, VENDOR_STATUSES } from "./schema";

const flag = z.preprocess((v) => v === "1" || v === "true" || v === true, z.boolean()).catch(false);

export const VENDOR_SORTS = ["name", "tier", "review", "updated"] as const;

export const vendorListQuerySchema = z.object({
  // A search holding a control character is refused (the page shows why, the export answers 400), never dropped.
  q: searchParam(100),
  status: z.enum(VENDOR_STATUSES).optional().catch(undefined),
  tier: z.enum(TIERS).optional().catch(undefined),
  channelKind: z.enum(CHANNEL_KINDS).optional().catch(undefined),
  privilege: z.enum(PRIVILEGES).optional().catch(undefined),
  slaBreach: flag,
  kevAlert: flag,
  reviewOverdue: flag,
  sort: z.enum(VENDOR_SORTS).catch("name").default("name"),
  page: pageParam(),
});

export type VendorListQuery = z.output<typeof vendorListQuerySchema>;

/** The query as URL parameters (defaults left out), so a filtered view can be shared as a link. */
export function vendorListParams(query: Partial<VendorListQuery>, overrides: Partial<VendorListQuery> = {}): URLSearchParams {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === false || value === "" || (key === "sort" && value === "name") || (key === "page" && value === 1)) continue;
    params.set(key, value === true ? "1" : String(value));
  }
  return params;
}

/**
 * The vendor list's export button, saying what the file will hold: "Export 3 of 25 vendors" when filters narrow the
 * list (the export applies them), "Export 25 vendors" when they do not.
 */
export function exportButtonLabel(matching: number, all: number, filtered: boolean): string {
  return filtered ? `Export ${matching} of ${countOf(all, "vendor")}` : `Export ${countOf(matching, "vendor")}`;
}
