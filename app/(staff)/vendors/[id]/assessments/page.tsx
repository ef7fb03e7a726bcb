import type { Metadata } from "next";
import Link from "next/link";
import { RaiseFindingForm } from "@/components/questionnaires/finding-form";
import { FindingsTable } from "@/components/questionnaires/findings-table";
import { AssessmentStatusBadge } from "@/components/questionnaires/status";
import { Alert } from "@/components/ui/alert";
import { Card, EmptyState, FormPanel } from "@/components/ui/page";
import { Table, Td, Th } from "@/components/ui/table";
import { EDITABLE_STATUSES, listAssessmentsForVendor } from "@/lib/assessments/assessments";
import { daysAfter, daysUntil, formatDay } from "@/lib/dates";
import { listChannelsForVendor } from "@/lib/channels/channels";
import { listFindings } from "@/lib/findings/findings";
import { BUILT_IN_TEMPLATES, suggestedTemplateKeys } from "@/lib/questionnaires/built-in";
import { listSendableVersions } from "@/lib/questionnaires/templates";
import { dateInput } from "@/lib/validation";
import { loadVendorPage } from "@/lib/vendors/page-data";
import { vendorContacts } from "@/lib/vendors/queries";
import { SendAssessmentForm } from "./send-assessment-form";

export const metadata: Metadata = { title: "Vendor assessments" };


export default async function VendorAssessmentsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ sent?: string }> }) {
  const { actor, vendor, canEdit } = await loadVendorPage((await params).id);
  const [assessments, findings, contacts, channels, versions] = await Promise.all([
    listAssessmentsForVendor(actor, vendor.id),
    listFindings(actor, { vendorId: vendor.id }, 1, 200),
    canEdit ? vendorContacts(actor, vendor.id) : [],
    canEdit ? listChannelsForVendor(actor, vendor.id) : [],
    canEdit ? listSendableVersions(actor) : [],
  ]);
  const kinds = channels.filter((c) => !c.disabledAt).map((c) => c.kind);
  const suggested = suggestedTemplateKeys(kinds);
  const suggestionReason = suggested.includes("remote-access")
    ? `${vendor.name} has a remote-management, remote-support, update-push or agent channel: the remote access template asks what matters for it.`
    : `Suggested from ${vendor.name}'s access channels: ${suggested.map((k) => BUILT_IN_TEMPLATES.find((b) => b.key === k)?.name).join(", ")}.`;
  // Suggested templates first, in the order of the suggestion; the rest by name.
  const rank = (key: string | null) => {
    const i = (suggested as string[]).indexOf(key ?? "");
    return i < 0 ? suggested.length : i;
  };
  const sendable = [...versions]
    .sort((a, b) => rank(a.template.builtInKey) - rank(b.template.builtInKey))
    .map((v) => ({ id: v.id, label: `${v.template.name} (version ${v.number})`, suggested: rank(v.template.builtInKey) < suggested.length }));
  const emailContacts = contacts.flatMap((c) => (c.email ? [{ id: c.id, name: c.name, email: c.email }] : []));
  const defaultDue = dateInput(daysAfter(30));

  return (
    <div className="grid items-start gap-6 xl:grid-cols-[1fr_24rem]">
      <div className="space-y-6">
        {(await searchParams).sent && <Alert tone="success">Assessment sent. The recipients got an email with a link to the supplier portal.</Alert>}
        <Card title="Assessments">
          {assessments.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">No assessment has been sent to {vendor.name} yet.</p>
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>Questionnaire</Th>
                  <Th>Status</Th>
                  <Th>Due</Th>
                  <Th numeric>Score</Th>
                  <Th numeric>Findings</Th>
                </tr>
              </thead>
              <tbody>
                {assessments.map((a) => (
                  <tr key={a.id}>
                    <Td>
                      <Link href={`/assessments/${a.id}`} className="font-medium text-accent-800 hover:underline dark:text-accent-300">
                        {a.templateVersion.template.name} v{a.templateVersion.number}
                      </Link>
                      <span className="block text-xs text-slate-600 dark:text-slate-400">Sent {formatDay(a.sentAt)}</span>
                    </Td>
                    <Td>
                      <AssessmentStatusBadge status={a.status} overdue={EDITABLE_STATUSES.includes(a.status) && daysUntil(a.dueDate) < 0} />
                    </Td>
                    <Td className="tabular-nums">{formatDay(a.dueDate)}</Td>
                    <Td numeric>{a.score === null ? "—" : a.score}</Td>
                    <Td numeric>{a._count.findings}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">Next review due: {formatDay(vendor.nextReviewDate)}</p>
        </Card>
        <Card title="Findings">
          {findings.rows.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">No findings for {vendor.name}.</p>
          ) : (
            <FindingsTable rows={findings.rows} href={(id) => `/findings/${id}`} />
          )}
        </Card>
      </div>
      {canEdit && (
        <div className="space-y-4">
          <FormPanel id="send-assessment" title="Send an assessment">
            {sendable.length === 0 ? (
              <EmptyState title="No published questionnaire">
                <Link href="/questionnaires" className="underline">
                  Publish a questionnaire
                </Link>{" "}
                first.
              </EmptyState>
            ) : emailContacts.length === 0 ? (
              <EmptyState title="No contact with an email address">
                <Link href={`/vendors/${vendor.id}/contacts`} className="underline">
                  Add a contact
                </Link>{" "}
                with an email address to send a questionnaire.
              </EmptyState>
            ) : (
              <SendAssessmentForm vendorId={vendor.id} versions={sendable} contacts={emailContacts} defaultDueDate={defaultDue} suggestionReason={suggestionReason} />
            )}
          </FormPanel>
          <FormPanel id="raise-finding" title="Raise a finding">
            <RaiseFindingForm vendorId={vendor.id} idPrefix="vendor-finding" />
          </FormPanel>
        </div>
      )}
    </div>
  );
}
