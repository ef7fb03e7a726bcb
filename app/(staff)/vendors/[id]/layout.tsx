import { TierBadge } from "@/components/vendors/tier-badge";
import { VendorTabs } from "@/components/vendors/vendor-tabs";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { loadVendorPage } from "@/lib/vendors/page-data";
import { getTranslations } from "next-intl/server";

export default async function VendorLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { vendor, canEdit } = await loadVendorPage((await params).id);
  const [t, tNav, tLabels] = await Promise.all([getTranslations("vendor"), getTranslations("shell.nav"), getTranslations("labels")]);
  return (
    <>
      <PageHeader
        title={vendor.name}
        description={vendor.servicesProvided ?? undefined}
        crumbs={[{ href: "/vendors", label: tNav("vendors") }]}
        actions={
          <>
            <TierBadge tier={vendor.tier} />
            <Badge>{tLabels(`status.${vendor.status}`)}</Badge>
            {vendor.criticalFunction && <Badge tone="accent">{t("criticalFunction")}</Badge>}
            {canEdit && (
              <ButtonLink href={`/vendors/${vendor.id}/edit`} variant="secondary">
                {t("edit")}
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
