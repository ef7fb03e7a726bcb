import type { Metadata } from "next";
import { AuditTable } from "@/components/audit/audit-table";
import { EmptyState } from "@/components/ui/page";
import { loadVendorPage } from "@/lib/vendors/page-data";
import { vendorHistory } from "@/lib/vendors/queries";

export const metadata: Metadata = { title: "Vendor history" };

export default async function VendorHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, vendor } = await loadVendorPage((await params).id);
  const events = await vendorHistory(actor, vendor.id);
  return events.length === 0 ? (
    <EmptyState title="No recorded changes yet">Every change to this vendor, its contacts and its channels appears here, with who made it.</EmptyState>
  ) : (
    <AuditTable events={events} />
  );
}
