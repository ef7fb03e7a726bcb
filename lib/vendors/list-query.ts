// The vendor list's URL state: search, filters, sort and page. One schema for the page, the CSV export and tests.
import { z } from "zod";
import { id, pageParam, searchParam, text } from "@/lib/validation";
import { CHANNEL_KINDS, PRIVILEGES } from "@/lib/channels/schema";
import { DEFAULT_DIRECTION, VENDOR_SORTS, type SortDirection } from "./list-view";
import { TIERS, VENDOR_STATUSES } from "./schema";

export { DEFAULT_DIRECTION, VENDOR_SORTS, type SortDirection, type VendorSort } from "./list-view";

const flag = z.preprocess((v) => v === "1" || v === "true" || v === true, z.boolean()).catch(false);

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
  /** Left out for the sort's own direction (DEFAULT_DIRECTION). */
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: pageParam(),
});

export type VendorListQuery = z.output<typeof vendorListQuerySchema>;

/** The direction a query sorts in: the one it names, else its column's own. */
export const sortDirection = (query: Partial<Pick<VendorListQuery, "sort" | "dir">>): SortDirection => query.dir ?? DEFAULT_DIRECTION[query.sort ?? "name"];

/** The query as URL parameters (defaults left out), so a filtered view can be shared as a link. */
export function vendorListParams(query: Partial<VendorListQuery>, overrides: Partial<VendorListQuery> = {}): URLSearchParams {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === false || value === "" || (key === "sort" && value === "name") || (key === "page" && value === 1)) continue;
    if (key === "dir" && value === DEFAULT_DIRECTION[merged.sort ?? "name"]) continue;
    params.set(key, value === true ? "1" : String(value));
  }
  return params;
}

/** Rows a bulk action takes at once: a page of the list, and then some. */
export const BULK_LIMIT = 100;

/** The ids of the rows chosen in the list (a form's repeated field, or a comma-separated URL parameter). */
export const vendorSelection = z.preprocess(
  (v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v),
  z.array(id()).min(1).max(BULK_LIMIT),
);

export const bulkTierSchema = z.object({
  ids: vendorSelection,
  tier: z.enum(TIERS),
  reason: text(500, "The reason"),
});
