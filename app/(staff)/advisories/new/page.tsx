import type { Metadata } from "next";
import { CampaignForm } from "@/components/advisories/campaign-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { campaignCandidates, kevEntryFor } from "@/lib/advisories/advisories";
import { advisoryProductSchema } from "@/lib/advisories/schema";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { daysAfter } from "@/lib/dates";
import { dateInput } from "@/lib/validation";
import { productName } from "@/lib/kev/product-name";

export const metadata: Metadata = { title: "New advisory campaign" };

const param = (v: string | string[] | undefined) => (typeof v === "string" ? v.trim().slice(0, 200) : "");

export default async function NewCampaignPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(...EDITOR_ROLES);
  const sp = await searchParams;
  const cveId = param(sp.cveId).toUpperCase();
  const entry = /^CVE-\d{4}-\d{4,7}$/.test(cveId) ? await kevEntryFor(actor, cveId) : null;
  const kevVendor = param(sp.kevVendor) || entry?.vendorProject || "";
  const kevProduct = param(sp.kevProduct) || entry?.product || "";
  const product = advisoryProductSchema.safeParse({ kevVendor, kevProduct });
  const candidates = product.success ? await campaignCandidates(actor, product.data) : null;
  const searched = "kevVendor" in sp || "cveId" in sp;
  return (
    <>
      <PageHeader
        title="New advisory campaign"
        description="Ask every vendor a product concerns whether it is affected, whether it has patched, and what protects us meanwhile."
        crumbs={[{ href: "/advisories", label: "Advisories" }]}
      />
      <div className="grid items-start gap-6 lg:grid-cols-[22rem_1fr]">
        <Card title="1. The product">
          <form method="get" className="space-y-3">
            <TextField name="cveId" label="CVE (optional)" defaultValue={cveId} help="With a CVE from the imported KEV catalog, the product is filled in for you." />
            <TextField name="kevVendor" label="Maker" defaultValue={kevVendor} help="As the KEV catalog names it, e.g. Kaseya." />
            <TextField name="kevProduct" label="Product" defaultValue={kevProduct} help="e.g. Virtual System/Server Administrator (VSA)." />
            <Button type="submit" variant="secondary">
              Find the vendors it concerns
            </Button>
          </form>
        </Card>
        <Card title="2. Who to ask">
          {!candidates ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {searched
                ? // A refused character is named; otherwise something is missing.
                  (product.error?.issues.find((i) => i.code === "custom")?.message ?? "Enter the maker and the product (or a CVE listed in the imported KEV catalog).")
                : "Name the product first."}
            </p>
          ) : candidates.length === 0 ? (
            <EmptyState title="No vendor runs this product or reaches us through it">
              Vendors are matched on the products recorded on their Patching tab, the tools of their access channels and their fourth parties.
            </EmptyState>
          ) : (
            <CampaignForm
              product={{ kevVendor, kevProduct, cveId: entry?.cveId ?? cveId }}
              candidates={candidates.map((c) => ({ id: c.vendor.id, name: c.vendor.name, reasons: c.reasons, direct: c.direct, recipients: c.recipients }))}
              defaults={{
                title: `${entry?.cveId ?? cveId ? `${entry?.cveId ?? cveId}: ` : ""}${productName(kevVendor, kevProduct)}`.slice(0, 200),
                dueDate: dateInput(daysAfter(3)),
                details: entry ? `${entry.vulnerabilityName}. ${entry.shortDescription}`.slice(0, 4000) : "",
              }}
            />
          )}
        </Card>
      </div>
    </>
  );
}
