import { TierBadge } from "@/components/vendors/tier-badge";
import { VendorTabs } from "@/components/vendors/vendor-tabs";
import { statusLabels } from "@/components/vendors/labels";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { loadVendorPage } from "@/lib/vendors/page-data";

export default async function VendorLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { vendor, canEdit } = await loadVendorPage((await params).id);
  return (
    <>
      <PageHeader
        title={vendor.name}
        description={vendor.servicesProvided ?? undefined}
        crumbs={[{ href: "/vendors", label: "Vendors" }]}
        actions={
          <>
            <TierBadge tier={vendor.tier} />
            <Badge>{statusLabels[vendor.status]}</Badge>
            {vendor.criticalFunction && <Badge tone="accent">Critical function</Badge>}
            {canEdit && (
              <ButtonLink href={`/vendors/${vendor.id}/edit`} variant="secondary">
                Edit vendor
              </ButtonLink>
            )}
          </>
        }
      />
      <VendorTabs vendorId={vendor.id} />
      {children}
    </>
  );
}
