import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { ArrowDown, ArrowUp, ChevronsUpDown } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { BULK_FORM, BulkActions, SelectAllRows } from "@/components/vendors/bulk-actions";
import { SavedViews } from "@/components/vendors/saved-views";
import { VendorFilters } from "@/components/vendors/vendor-filters";
import { VendorViewMenu } from "@/components/vendors/vendor-view-menu";
import { Alert } from "@/components/ui/alert";
import { RiskLevelBadge } from "@/components/risk/risk-card";
import { TierBadge } from "@/components/vendors/tier-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, DownloadLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Pagination } from "@/components/ui/page";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES, STAFF_ROLES } from "@/lib/auth/roles";
import { CHANNEL_KINDS, PRIVILEGES } from "@/lib/channels/schema";
import { sortDirection, vendorListParams, vendorListQuerySchema, type VendorListQuery } from "@/lib/vendors/list-query";
import { DEFAULT_DIRECTION, densityOf, hiddenColumnsOf, VENDOR_COLUMNS, VENDOR_COLUMNS_COOKIE, VENDOR_DENSITY_COOKIE, type VendorColumn, type VendorSort } from "@/lib/vendors/list-view";
import { countVendorsForActor, listVendorsForActor } from "@/lib/vendors/queries";
import { savedViews } from "@/lib/vendors/saved-views";
import { TIERS, VENDOR_STATUSES } from "@/lib/vendors/schema";
import { cn } from "@/components/ui/cn";
import type { RiskLevel } from "@/lib/risk/model";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("vendorList");
  return { title: t("title") };
}

/** The columns a header click sorts by. */
const SORTABLE: Partial<Record<VendorColumn, VendorSort>> = { risk: "risk", impact: "impact", likelihood: "likelihood", tier: "tier", review: "review" };
const NUMERIC = new Set<VendorColumn>(["impact", "likelihood"]);
const NAME: VendorSort = "name";
const NONE = "—";
const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

const listHref = (params: URLSearchParams) => (params.size ? `/vendors?${params}` : "/vendors");

/** A column header that sorts the list by it; the sorted column says which way (aria-sort). */
function SortHeader({ query, column, label, numeric }: { query: VendorListQuery; column: VendorSort; label: string; numeric?: boolean }) {
  const active = query.sort === column;
  const dir = sortDirection(query);
  const next = active ? (dir === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[column];
  const Icon = !active ? ChevronsUpDown : dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <Th numeric={numeric} aria-sort={active ? ARIA_SORT[dir] : undefined}>
      <Link
        href={listHref(vendorListParams(query, { sort: column, dir: next, page: 1 }))}
        prefetch={false}
        scroll={false}
        className={cn("group inline-flex items-center gap-1 rounded-sm uppercase hover:text-slate-900 dark:hover:text-slate-100", active && "text-slate-900 dark:text-slate-100")}
      >
        {label}
        <Icon aria-hidden className={cn("size-3.5", !active && "opacity-40 group-hover:opacity-100")} />
      </Link>
    </Th>
  );
}

export default async function VendorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(...STAFF_ROLES);
  const [t, tLabels] = await Promise.all([getTranslations("vendorList"), getTranslations("labels")]);
  const format = await getFormatter();
  const params = await searchParams;
  // Only the search can be refused (a control character): the list is then shown without it, under the message.
  const parsed = vendorListQuerySchema.safeParse(params);
  const query = parsed.success ? parsed.data : vendorListQuerySchema.parse({ ...params, q: undefined });
  const searchProblem = parsed.success ? null : parsed.error.issues[0]!.message;
  const { vendors, total, page, pageCount } = await listVendorsForActor(actor, query);
  const filtered = vendorListParams({ ...query, page: 1, sort: "name", dir: undefined }).toString() !== "";
  // The export holds what the filters let through; the button says how many of the whole register that is.
  const all = filtered ? await countVendorsForActor(actor) : total;
  const jar = await cookies();
  const hidden = hiddenColumnsOf(jar.get(VENDOR_COLUMNS_COOKIE)?.value);
  const density = densityOf(jar.get(VENDOR_DENSITY_COOKIE)?.value);
  const columns = VENDOR_COLUMNS.filter((c) => !hidden.includes(c));
  const today = new Date();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const exportQuery = vendorListParams(query, { page: 1 }).toString();
  const views = await savedViews(actor);
  // Register labels are shared ("labels"); channel kinds and privileges are this page's own.
  const optionsOf = <K extends string>(codes: readonly K[], translate: (key: string) => string) => codes.map((value) => ({ value, label: translate(String(value)) }));
  const filterOptions = {
    status: optionsOf(VENDOR_STATUSES, (k) => tLabels(`status.${k}`)),
    tier: optionsOf(TIERS, (k) => tLabels(`tier.${k}`)),
    channelKind: optionsOf(CHANNEL_KINDS, (k) => t(`channelKind.${k}`)),
    privilege: optionsOf(PRIVILEGES, (k) => t(`privilege.${k}`)),
  };
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex flex-wrap gap-2">
            <DownloadLink href={`/api/vendors/export${exportQuery ? `?${exportQuery}` : ""}`} variant="secondary">
              {filtered ? t("exportFiltered", { matching: total, count: all }) : t("exportAll", { count: total })}
            </DownloadLink>
            <DownloadLink href="/api/channels/export" variant="secondary">
              {t("exportChannels")}
            </DownloadLink>
            {EDITOR_ROLES.includes(actor.role) && (
              <>
                <ButtonLink href="/vendors/import" variant="secondary">
                  {t("importCsv")}
                </ButtonLink>
                <ButtonLink href="/vendors/new">{t("addVendor")}</ButtonLink>
              </>
            )}
          </div>
        }
      />
      {searchProblem && <Alert tone="error">{searchProblem}</Alert>}
      <SavedViews views={views} currentQuery={exportQuery} />
      <VendorFilters
        serverKey={exportQuery}
        values={{
          q: query.q ?? "",
          status: query.status ?? "",
          tier: query.tier ?? "",
          channelKind: query.channelKind ?? "",
          privilege: query.privilege ?? "",
          slaBreach: query.slaBreach,
          kevAlert: query.kevAlert,
          reviewOverdue: query.reviewOverdue,
          sort: query.sort,
          dir: query.dir ?? "",
        }}
        options={filterOptions}
      >
        <span className="text-sm text-slate-600 tabular-nums dark:text-slate-400">{t("count", { count: total })}</span>
        <VendorViewMenu hidden={hidden} density={density} />
      </VendorFilters>
      {vendors.length === 0 ? (
        <EmptyState title={filtered ? t("empty.filteredTitle") : t("empty.title")}>
          {filtered ? <Link href="/vendors">{t("empty.filteredAction")}</Link> : t("empty.body")}
        </EmptyState>
      ) : (
        <>
          <BulkActions canEdit={EDITOR_ROLES.includes(actor.role)} exportQuery={exportQuery} tiers={filterOptions.tier} />
          <Table className={density === "compact" ? "[&_td]:py-1 [&_th]:py-1.5" : ""}>
            <thead>
              <tr>
                <Th className="w-8">
                  <SelectAllRows label={t("bulk.selectAll")} />
                </Th>
                <SortHeader query={query} column={NAME} label={t("columns.name")} />
                {columns.map((c) => {
                  const sort = SORTABLE[c];
                  return sort ? <SortHeader key={c} query={query} column={sort} label={t(`columns.${c}`)} numeric={NUMERIC.has(c)} /> : <Th key={c}>{t(`columns.${c}`)}</Th>;
                })}
              </tr>
            </thead>
            <tbody>
              {vendors.map((v) => {
                const overdue = v.nextReviewDate && v.nextReviewDate < today;
                const score = v.riskScore;
                return (
                  <tr key={v.id} className="hover:bg-slate-50 has-checked:bg-accent-50/60 dark:hover:bg-slate-800/50 dark:has-checked:bg-accent-800/20">
                    <Td>
                      <input type="checkbox" name="ids" value={v.id} form={BULK_FORM} aria-label={t("bulk.selectRow", { name: v.name })} className="size-4 accent-accent-700" />
                    </Td>
                    <Td className="min-w-48">
                      <Link href={`/vendors/${v.id}`} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
                        {v.name}
                      </Link>
                      {v.criticalFunction && (
                        <span className="ml-2">
                          <Badge tone="accent">{t("criticalFunction")}</Badge>
                        </span>
                      )}
                    </Td>
                    {columns.map((c) => {
                      switch (c) {
                        case "risk":
                          return (
                            <Td key={c} className="whitespace-nowrap">
                              {score ? (
                                <span className="inline-flex items-center gap-2">
                                  <span className="w-7 text-right font-medium tabular-nums">{format.number(score.residual)}</span>
                                  <RiskLevelBadge level={score.level as RiskLevel} />
                                </span>
                              ) : (
                                <span className="text-xs text-slate-500 dark:text-slate-400">{t("notScored")}</span>
                              )}
                            </Td>
                          );
                        case "impact":
                        case "likelihood":
                          return (
                            <Td key={c} numeric>
                              {score ? format.number(score[c], { maximumFractionDigits: 0 }) : NONE}
                            </Td>
                          );
                        case "tier":
                          return (
                            <Td key={c}>
                              <TierBadge tier={v.tier} />
                            </Td>
                          );
                        case "status":
                          return <Td key={c}>{tLabels(`status.${v.status}`)}</Td>;
                        case "data":
                          return <Td key={c}>{tLabels(`sensitivity.${v.dataSensitivity}`)}</Td>;
                        case "review":
                          return (
                            <Td key={c} className={cn("whitespace-nowrap tabular-nums", overdue && "font-semibold text-red-800 dark:text-red-300")}>
                              {v.nextReviewDate ? (overdue ? t("overdue", { date: day(v.nextReviewDate) }) : day(v.nextReviewDate)) : NONE}
                            </Td>
                          );
                        case "services":
                          return (
                            <Td key={c} className="max-w-md min-w-64 text-slate-600 dark:text-slate-400">
                              {/* Two lines at most, so rows stay one glance tall; the whole text on hover and on the vendor's page. */}
                              <span className="line-clamp-2" title={v.servicesProvided ?? undefined}>
                                {v.servicesProvided}
                              </span>
                            </Td>
                          );
                      }
                    })}
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </>
      )}
      <Pagination page={page} pageCount={pageCount} href={(p) => listHref(vendorListParams(query, { page: p }))} />
    </>
  );
}
