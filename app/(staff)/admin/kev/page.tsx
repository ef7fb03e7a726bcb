import type { Metadata } from "next";
import { EmptyState, FormPanel, PageHeader } from "@/components/ui/page";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/guard";
import { kevImports } from "@/lib/kev/kev";
import { ImportKevForm } from "./import-form";

export const metadata: Metadata = { title: "KEV catalog" };

export default async function KevAdminPage() {
  const actor = await requireRole("ADMIN");
  const imports = await kevImports(actor);
  return (
    <>
      <PageHeader
        title="KEV catalog"
        description="Import CISA's Known Exploited Vulnerabilities catalog so Chainward can flag exploited flaws in the products you run. Chainward never downloads it itself."
        crumbs={[{ href: "/admin/members", label: "Administration" }]}
      />
      <div className="grid items-start gap-6 xl:grid-cols-[22rem_1fr]">
        <FormPanel id="import-title" title="Import a catalog file">
          <p className="mb-3 text-xs text-slate-600 dark:text-slate-400">
            Download “known_exploited_vulnerabilities.json” from CISA on a machine with internet access, then upload it here. Importing a newer catalog adds its new entries and updates those CISA has revised (ransomware use, due dates, descriptions).
          </p>
          <ImportKevForm />
        </FormPanel>
        {imports.length === 0 ? (
          <EmptyState title="No catalog imported yet">Until a catalog is imported, no product can be matched against known-exploited vulnerabilities.</EmptyState>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>Imported (UTC)</Th>
                <Th>Catalog version</Th>
                <Th numeric>Entries</Th>
                <Th numeric>New</Th>
                <Th>By</Th>
              </tr>
            </thead>
            <tbody>
              {imports.map((i) => (
                <tr key={i.id}>
                  <Td className="tabular-nums">{i.createdAt.toISOString().slice(0, 16).replace("T", " ")}</Td>
                  <Td>{i.catalogVersion}</Td>
                  <Td numeric>{i.entries}</Td>
                  <Td numeric>{i.added}</Td>
                  <Td>{i.importedByEmail ?? "demo data"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </div>
    </>
  );
}
