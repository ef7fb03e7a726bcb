import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, FormPanel } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, ThActions } from "@/components/ui/table";
import { listSubSuppliers } from "@/lib/fourth-parties/fourth-parties";
import { loadVendorPage } from "@/lib/vendors/page-data";
import { AddSubSupplierForm, RemoveSubSupplierButton } from "./sub-supplier-forms";

export const metadata: Metadata = { title: "Fourth parties" };

export default async function FourthPartiesTab({ params }: { params: Promise<{ id: string }> }) {
  const { actor, vendor, canEdit } = await loadVendorPage((await params).id);
  const subs = await listSubSuppliers(actor, vendor.id);
  return (
    <div className="grid items-start gap-6 xl:grid-cols-[1fr_22rem]">
      {subs.length === 0 ? (
        <EmptyState title="No sub-suppliers recorded">
          Whom does {vendor.name} depend on to serve us? Its hosting, its remote-management tool, its own subcontractors.
        </EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>Sub-supplier</Th>
              <Th>Used for</Th>
              <Th>Touches</Th>
              {canEdit && <ThActions />}
            </tr>
          </thead>
          <tbody>
            {subs.map((s) => (
              <tr key={s.id}>
                <Td>
                  {s.subVendor ? (
                    <Link href={`/vendors/${s.subVendor.id}`} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
                      {s.subVendor.name}
                    </Link>
                  ) : (
                    <span className="font-medium">{s.name}</span>
                  )}
                </Td>
                <Td>{s.purpose ?? "—"}</Td>
                <Td className="space-x-1">
                  {s.touchesData && <Badge tone="amber">Our data</Badge>}
                  {s.touchesChannels && <Badge tone="red">Our access channels</Badge>}
                  {!s.touchesData && !s.touchesChannels && "—"}
                </Td>
                {canEdit && (
                  <Td className="text-right">
                    <RemoveSubSupplierButton vendorId={vendor.id} id={s.id} name={s.name} />
                  </Td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {canEdit && (
        <FormPanel id="add-sub" title="Add a sub-supplier">
          <AddSubSupplierForm vendorId={vendor.id} />
        </FormPanel>
      )}
    </div>
  );
}
