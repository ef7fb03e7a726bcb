// How the vendor list is shown, shared by the page and its client controls (no schema code, so it stays light in the
// browser): the sortable columns and the direction each sorts in first, the columns a person can hide, row density.

export const VENDOR_SORTS = ["name", "risk", "impact", "likelihood", "tier", "review", "updated"] as const;
export type VendorSort = (typeof VENDOR_SORTS)[number];
export type SortDirection = "asc" | "desc";

/**
 * The order a column sorts in first: what needs attention on top (riskiest, most critical tier, soonest review,
 * latest change); names from A.
 */
export const DEFAULT_DIRECTION: Record<VendorSort, SortDirection> = {
  name: "asc",
  risk: "desc",
  impact: "desc",
  likelihood: "desc",
  tier: "asc",
  review: "asc",
  updated: "desc",
};

/** The columns besides the name, in the order shown; each can be hidden. */
export const VENDOR_COLUMNS = ["risk", "impact", "likelihood", "tier", "status", "data", "review", "services"] as const;
export type VendorColumn = (typeof VENDOR_COLUMNS)[number];

/** The columns hidden in this browser, comma-separated (hidden rather than shown: a new column appears by default). */
export const VENDOR_COLUMNS_COOKIE = "chainward-vendor-columns";
export const VENDOR_DENSITY_COOKIE = "chainward-vendor-density";
export const DENSITIES = ["comfortable", "compact"] as const;
export type Density = (typeof DENSITIES)[number];

/** The hidden columns a cookie names; unknown names (an edited or old cookie) are read over. */
export function hiddenColumnsOf(value: string | undefined): VendorColumn[] {
  const names = new Set((value ?? "").split(","));
  return VENDOR_COLUMNS.filter((c) => names.has(c));
}

export const densityOf = (value: string | undefined): Density => (value === "compact" ? "compact" : "comfortable");
