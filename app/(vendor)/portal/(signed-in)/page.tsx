import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { requireVendorContact } from "@/lib/auth/guard";
import { getVendorForActor } from "@/lib/vendors/queries";

export const metadata: Metadata = { title: "Supplier portal" };

export default async function PortalHome() {
  const actor = await requireVendorContact();
  const vendor = await getVendorForActor(actor, actor.vendorId);
  if (!vendor) notFound();
  return (
    <>
      <PageHeader title={vendor.name} description={`Your company's space with ${actor.organizationName}: security questionnaires and findings to answer.`} />
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Your company as we record it">
          <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
            <dt className="text-slate-600 dark:text-slate-400">Legal name</dt>
            <dd>{vendor.legalName ?? "—"}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Website</dt>
            <dd>{vendor.website ?? "—"}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Services</dt>
            <dd>{vendor.servicesProvided ?? "—"}</dd>
          </dl>
        </Card>
        <EmptyState title="No questionnaires for you yet">
          When {actor.organizationName} sends you a security questionnaire, it appears here and you get an email.
        </EmptyState>
      </div>
    </>
  );
}
