import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VulnerabilityForm } from "@/components/patching/patching-forms";
import { Card } from "@/components/ui/page";
import { getVulnerability } from "@/lib/patching/patching";
import { dateInput, isRecordId } from "@/lib/validation";
import { loadVendorPage } from "@/lib/vendors/page-data";

export const metadata: Metadata = { title: "Ledger entry" };

export default async function EditVulnerabilityPage({ params }: { params: Promise<{ id: string; vulnId: string }> }) {
  const { id, vulnId } = await params;
  const { actor, vendor, canEdit } = await loadVendorPage(id);
  const record = canEdit && isRecordId(vulnId) ? await getVulnerability(actor, vulnId) : null;
  if (!record || record.product.vendorId !== vendor.id) notFound();
  return (
    <Card title={`${record.cveId} in ${record.product.kevProduct}`} className="max-w-2xl">
      <VulnerabilityForm
        initial={{
          id: record.id,
          cveId: record.cveId,
          severity: record.severity,
          disclosedAt: dateInput(record.disclosedAt),
          fixReleasedAt: dateInput(record.fixReleasedAt),
          deployedAt: dateInput(record.deployedAt),
          compensatingControls: record.compensatingControls ?? "",
        }}
      />
    </Card>
  );
}
