import type { Metadata } from "next";
import { isLocale, localeNames } from "@/lib/i18n/locales";
import { EmptyState, FormPanel } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, ThActions } from "@/components/ui/table";
import { loadVendorPage } from "@/lib/vendors/page-data";
import { vendorContacts } from "@/lib/vendors/queries";
import { availabilityLabels } from "@/components/vendors/labels";
import { AddContactForm, RemoveContactButton, SecurityContactForm } from "./contact-forms";

export const metadata: Metadata = { title: "Vendor contacts" };

export default async function VendorContactsPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, vendor, canEdit } = await loadVendorPage((await params).id);
  const contacts = await vendorContacts(actor, vendor.id);
  return (
    <div className="grid items-start gap-6 xl:grid-cols-[1fr_22rem]">
      {contacts.length === 0 ? (
        <EmptyState title="No contacts yet">Record who to reach at {vendor.name}, and mark the one to call in a security incident.</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Email</Th>
              <Th>Phone</Th>
              {canEdit && <Th>Security contact</Th>}
              {canEdit && <ThActions />}
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id}>
                <Td>
                  <span className="font-medium">{c.name}</span> {c.isSecurityContact && <Badge tone="red">Security contact</Badge>}
                  {c.isSecurityContact && (
                    <span className="block text-xs text-slate-600 dark:text-slate-400">Reachable: {c.availability ? availabilityLabels[c.availability].toLowerCase() : "unknown"}</span>
                  )}
                  {(c.jobTitle || c.locale) && (
                    <span className="block text-xs text-slate-600 dark:text-slate-400">{[c.jobTitle, isLocale(c.locale) ? localeNames[c.locale] : null].filter(Boolean).join(" · ")}</span>
                  )}
                </Td>
                <Td>{c.email ?? "—"}</Td>
                <Td className="tabular-nums">{c.phone ?? "—"}</Td>
                {canEdit && (
                  <Td>
                    <SecurityContactForm vendorId={vendor.id} contactId={c.id} name={c.name} current={c.isSecurityContact} availability={c.availability} />
                  </Td>
                )}
                {canEdit && (
                  <Td className="text-right">
                    <RemoveContactButton vendorId={vendor.id} contactId={c.id} name={c.name} />
                  </Td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {canEdit && (
        <FormPanel id="add-contact" title="Add a contact">
          <AddContactForm vendorId={vendor.id} />
        </FormPanel>
      )}
    </div>
  );
}
