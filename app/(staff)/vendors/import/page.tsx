import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { importTemplates } from "@/lib/imports/imports";
import { ImportWizard } from "./import-wizard";

export const metadata: Metadata = { title: "Import from CSV" };

export default async function ImportPage() {
  await requireRole(...EDITOR_ROLES);
  return (
    <>
      <PageHeader
        title="Import from CSV"
        description="Add many vendors or access channels at once. Every row is checked first; the import writes all rows or none, or, if you choose, only the valid rows."
        crumbs={[{ href: "/vendors", label: "Vendors" }]}
      />
      <ImportWizard templates={importTemplates} />
    </>
  );
}
