import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdvisoryAnswerForm } from "@/components/advisories/answer-form";
import { RecordDeployment } from "@/components/advisories/record-deployment";
import { REQUEST_STATES, requestStateLabels, RequestStateBadge } from "@/components/advisories/request-state";
import { TierBadge } from "@/components/vendors/tier-badge";
import { Alert } from "@/components/ui/alert";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { LazyDetails } from "@/components/ui/lazy-details";
import { PageHeader } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { closeCampaignAction, remindUnansweredAction } from "@/lib/advisories/actions";
import { getCampaign, requestState } from "@/lib/advisories/advisories";
import { answerDeployments, recordedMessage } from "@/lib/advisories/deployments";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES, STAFF_ROLES } from "@/lib/auth/roles";
import { formatDay } from "@/lib/dates";
import { dateInput } from "@/lib/validation";
import { productName } from "@/lib/kev/product-name";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "Advisory campaign" };

const patchedLabels = { YES: "Deployed", NO: "Not yet", NOT_NEEDED: "Not needed" } as const;

export default async function CampaignPage({
  params,
  searchParams,
}: {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<{ sent?: string; reminded?: string; closed?: string }>;
}) {
  const actor = await requireRole(...STAFF_ROLES);
  const campaign = await getCampaign(actor, (await params).campaignId);
  if (!campaign) notFound();
  const [sp, deployments] = await Promise.all([searchParams, answerDeployments(actor, { campaignId: campaign.id })]);
  const canEdit = EDITOR_ROLES.includes(actor.role);
  const canRun = canEdit && campaign.status === "OPEN";
  const now = new Date();
  const rows = campaign.requests
    .map((r) => ({ ...r, state: requestState(r, campaign.dueDate, now) }))
    .sort((a, b) => REQUEST_STATES.indexOf(a.state) - REQUEST_STATES.indexOf(b.state) || a.vendor.name.localeCompare(b.vendor.name));
  const unanswered = campaign.summary.NOT_ANSWERED + campaign.summary.OVERDUE;
  return (
    <>
      <PageHeader
        title={campaign.title}
        description={`${productName(campaign.kevVendor, campaign.kevProduct)}${campaign.cveId ? ` · ${campaign.cveId}` : ""} · sent ${formatDay(campaign.createdAt)} by ${campaign.createdByEmail ?? "—"} · answers due ${formatDay(campaign.dueDate)}`}
        crumbs={[{ href: "/advisories", label: "Advisories" }]}
        actions={
          campaign.status === "CLOSED" ? (
            <Badge>Closed {formatDay(campaign.closedAt)}</Badge>
          ) : canRun ? (
            <>
              {unanswered > 0 && (
                <ConfirmActionForm
                  action={remindUnansweredAction}
                  fields={{ campaignId: campaign.id }}
                  title="Remind the vendors that have not answered?"
                  body={`${unanswered} ${unanswered === 1 ? "vendor gets" : "vendors get"} another email.`}
                  confirmLabel="Send reminders"
                >
                  Remind unanswered
                </ConfirmActionForm>
              )}
              <ConfirmActionForm
                action={closeCampaignAction}
                fields={{ campaignId: campaign.id }}
                title="Close this campaign?"
                body="Vendors can no longer change their answers; the answers stay on record."
                confirmLabel="Close campaign"
              >
                Close campaign
              </ConfirmActionForm>
            </>
          ) : undefined
        }
      />
      <div className="mb-4 space-y-2">
        {sp.sent && <Alert tone="success">Campaign sent. Each vendor&apos;s contacts got an email with a link to the supplier portal.</Alert>}
        {sp.reminded && <Alert tone="success">Reminders sent to {Number(sp.reminded) || 0} vendors.</Alert>}
        {sp.closed && <Alert tone="success">Campaign closed.</Alert>}
        {campaign.details && <p className="whitespace-pre-wrap text-sm">{campaign.details}</p>}
      </div>
      <section aria-labelledby="answers-so-far" className="mb-6">
        <h2 id="answers-so-far" className="mb-2 text-sm font-semibold">
          Answers so far: {campaign.summary.answered} of {countOf(campaign.summary.total, "vendor")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {REQUEST_STATES.map((s) => (
            <div key={s} className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
              <dt className="text-xs text-slate-600 dark:text-slate-400">{requestStateLabels[s]}</dt>
              <dd className="text-xl font-semibold tabular-nums">{campaign.summary[s]}</dd>
            </div>
          ))}
        </dl>
      </section>
      <Table>
        <thead>
          <tr>
            <Th>Vendor</Th>
            <Th>Why asked</Th>
            <Th>Answer</Th>
            <Th>Fix deployed</Th>
            <Th>Compensating controls and comment</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const deployment = deployments.get(r.id);
            return (
              <tr key={r.id} id={`answer-${r.id}`} className="target:bg-accent-50 dark:target:bg-slate-800">
                <Td>
                  <Link href={`/vendors/${r.vendor.id}`} className="font-medium hover:underline">
                    {r.vendor.name}
                  </Link>{" "}
                  <TierBadge tier={r.vendor.tier} />
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{r.sentTo.length ? `Sent to ${r.sentTo.join(", ")}` : "No contact with an email address"}</span>
                </Td>
                <Td className="text-xs">{r.reason}</Td>
                <Td>
                  <RequestStateBadge state={r.state} />
                  {r.answeredAt && (
                    <span className="block text-xs text-slate-600 dark:text-slate-400">
                      {formatDay(r.answeredAt)} by {r.answeredByEmail}
                    </span>
                  )}
                </Td>
                <Td className="tabular-nums">
                  {r.patched ? `${patchedLabels[r.patched]}${r.patchedAt ? ` ${formatDay(r.patchedAt)}` : ""}` : "—"}
                  {deployment && (
                    <RecordDeployment
                      requestId={r.id}
                      vendorName={r.vendor.name}
                      pending={deployment.pending.map((e) => e.cveId)}
                      recorded={deployment.recorded[0] ? recordedMessage(deployment.recorded[0].deployedAt) : null}
                      canRecord={canEdit}
                    />
                  )}
                </Td>
                <Td className="text-xs">
                  {r.compensatingControls && <p className="whitespace-pre-wrap">{r.compensatingControls}</p>}
                  {r.comment && <p className="whitespace-pre-wrap text-slate-600 dark:text-slate-400">{r.comment}</p>}
                  {canRun && (
                    <LazyDetails className="mt-1" summaryClassName="cursor-pointer text-accent-800 dark:text-accent-300" summary="Record the answer given by phone or email">
                      <div className="mt-2 w-72">
                        <AdvisoryAnswerForm
                          idPrefix={`${r.id}-`}
                          requestId={r.id}
                          version={r.version}
                          answer={{ affected: r.affected, patched: r.patched, patchedAt: dateInput(r.patchedAt), compensatingControls: r.compensatingControls, comment: r.comment }}
                          submitLabel="Record answer"
                        />
                      </div>
                    </LazyDetails>
                  )}
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </>
  );
}
