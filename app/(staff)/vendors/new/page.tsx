import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page";
import { VendorForm } from "@/components/vendors/vendor-form";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { createVendorAction } from "@/lib/vendors/actions";
import { COUNTRIES } from "@/lib/countries";

export const metadata: Metadata = { title: "New vendor" };

export default async function NewVendorPage() {
  await requireRole(...EDITOR_ROLES);
  return (
    <>
      <PageHeader title="New vendor" description="Register a supplier. Its access channels, patching and contacts come next." crumbs={[{ href: "/vendors", label: "Vendors" }]} />
      <VendorForm action={createVendorAction} initial={{ status: "ACTIVE", dataSensitivity: "INTERNAL" }} submitLabel="Create vendor" countries={COUNTRIES.map((c) => c.name)} />
    </>
  );
}
