import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VendorForm } from "@/components/vendors/vendor-form";
import { vendorFormValues } from "@/components/vendors/vendor-values";
import { updateVendorAction } from "@/lib/vendors/actions";
import { loadVendorPage } from "@/lib/vendors/page-data";
import { COUNTRIES } from "@/lib/countries";

export const metadata: Metadata = { title: "Edit vendor" };

export default async function EditVendorPage({ params }: { params: Promise<{ id: string }> }) {
  const { vendor, canEdit } = await loadVendorPage((await params).id);
  if (!canEdit) notFound();
  return <VendorForm action={updateVendorAction} initial={vendorFormValues(vendor)} submitLabel="Save changes" countries={COUNTRIES.map((c) => c.name)} />;
}
