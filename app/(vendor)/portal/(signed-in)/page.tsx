import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FindingsTable } from "@/components/questionnaires/findings-table";
import { AssessmentStatusBadge } from "@/components/questionnaires/status";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { listAdvisoriesForVendor } from "@/lib/advisories/advisories";
import { EDITABLE_STATUSES, listAssessmentsForVendor } from "@/lib/assessments/assessments";
import { daysUntil, formatDay } from "@/lib/dates";
import { requireVendorContact } from "@/lib/auth/guard";
import { listFindings } from "@/lib/findings/findings";
import { getVendorForActor } from "@/lib/vendors/queries";

export const metadata: Metadata = { title: "Supplier portal" };


export default async function PortalHome() {
  const actor = await requireVendorContact();
  const vendor = await getVendorForActor(actor, actor.vendorId);
  if (!vendor) notFound();
  const [assessments, findings, advisories] = await Promise.all([
    listAssessmentsForVendor(actor, vendor.id),
    listFindings(actor, { vendorId: vendor.id }, 1, 200),
    listAdvisoriesForVendor(actor),
  ]);
  const openAdvisories = advisories.filter((a) => a.campaign.status === "OPEN");
  return (
    <>
      <PageHeader title={vendor.name} description={`Your company's space with ${actor.organizationName}: security advisories, questionnaires and findings to answer.`} />
      <div className="space-y-6">
        {openAdvisories.length > 0 && (
          <Card title="Security advisories to answer">
            <Table>
              <thead>
                <tr>
                  <Th>Advisory</Th>
                  <Th>Your answer</Th>
                  <Th>Answer by</Th>
                </tr>
              </thead>
              <tbody>
                {openAdvisories.map((a) => (
                  <tr key={a.id}>
                    <Td>
                      <Link href={`/portal/advisories/${a.id}`} className="font-medium text-accent-800 hover:underline dark:text-accent-300">
                        {a.campaign.title}
                      </Link>
                    </Td>
                    <Td>{a.answeredAt ? <Badge tone="green">Answered {formatDay(a.answeredAt)}</Badge> : <Badge tone={daysUntil(a.campaign.dueDate) < 0 ? "red" : "amber"}>Waiting for you</Badge>}</Td>
                    <Td className="tabular-nums">{formatDay(a.campaign.dueDate)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>
        )}
        {assessments.length === 0 ? (
          <EmptyState title="No questionnaires for you yet">
            When {actor.organizationName} sends you a security questionnaire, it appears here and you get an email.
          </EmptyState>
        ) : (
          <Card title="Your questionnaires">
            <Table>
              <thead>
                <tr>
                  <Th>Questionnaire</Th>
                  <Th>Status</Th>
                  <Th>Due</Th>
                </tr>
              </thead>
              <tbody>
                {assessments.map((a) => (
                  <tr key={a.id}>
                    <Td>
                      <Link href={`/portal/assessments/${a.id}`} className="font-medium text-accent-800 hover:underline dark:text-accent-300">
                        {a.templateVersion.template.name}
                      </Link>
                    </Td>
                    <Td>
                      <AssessmentStatusBadge status={a.status} overdue={EDITABLE_STATUSES.includes(a.status) && daysUntil(a.dueDate) < 0} />
                    </Td>
                    <Td className="tabular-nums">{formatDay(a.dueDate)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>
        )}
        {findings.rows.length > 0 && (
          <Card title="Findings to remediate">
            <FindingsTable rows={findings.rows} href={(id) => `/portal/findings/${id}`} dueLabel="Fix by" />
          </Card>
        )}
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
      </div>
    </>
  );
}
