import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { sensitivityLabels, statusLabels } from "@/components/vendors/labels";
import { TierBadge } from "@/components/vendors/tier-badge";
import { Badge, Card, PageHeader } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { getVendorForActor } from "@/lib/vendors/queries";

export const metadata: Metadata = { title: "Vendor" };

export default async function VendorPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(...STAFF_ROLES);
  const { id } = await params;
  const vendor = id.length <= 40 ? await getVendorForActor(actor, id) : null;
  if (!vendor) notFound();
  const rows: [string, React.ReactNode][] = [
    ["Legal name", vendor.legalName ?? "—"],
    ["Country", vendor.country ?? "—"],
    ["Website", vendor.website ?? "—"],
    ["Status", statusLabels[vendor.status]],
    ["Tier", <TierBadge key="tier" tier={vendor.tier} />],
    ["Data handled", sensitivityLabels[vendor.dataSensitivity]],
    ["Critical or important function", vendor.criticalFunction ? "Yes (DORA Art. 28 register)" : "No"],
  ];
  return (
    <>
      <PageHeader
        title={vendor.name}
        description={vendor.servicesProvided ?? undefined}
        crumbs={[{ href: "/vendors", label: "Vendors" }]}
        actions={vendor.criticalFunction ? <Badge tone="accent">Critical function</Badge> : undefined}
      />
      <Card title="Profile">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[14rem_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </>
  );
}
