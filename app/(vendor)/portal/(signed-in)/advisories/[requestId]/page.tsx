import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdvisoryAnswerForm } from "@/components/advisories/answer-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/page";
import { getAdvisoryRequest } from "@/lib/advisories/advisories";
import { requireVendorContact } from "@/lib/auth/guard";
import { formatDay } from "@/lib/dates";
import { dateInput } from "@/lib/validation";
import { productName } from "@/lib/kev/product-name";

export const metadata: Metadata = { title: "Security advisory" };

export default async function PortalAdvisoryPage({ params }: { params: Promise<{ requestId: string }> }) {
  const actor = await requireVendorContact();
  const request = await getAdvisoryRequest(actor, (await params).requestId);
  if (!request) notFound();
  const { campaign } = request;
  const open = campaign.status === "OPEN";
  return (
    <>
      <PageHeader
        title={campaign.title}
        description={`${actor.organizationName} asks about ${campaign.cveId ? `${campaign.cveId} in ` : ""}${productName(campaign.kevVendor, campaign.kevProduct)}. Please answer by ${formatDay(campaign.dueDate)}.`}
        crumbs={[{ href: "/portal", label: "Supplier portal" }]}
      />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card title="Why we ask">
          <p className="text-sm">We recorded that {request.vendor.name} {request.reason}.</p>
          {campaign.details && <p className="mt-2 whitespace-pre-wrap text-sm">{campaign.details}</p>}
        </Card>
        <Card title="Your answer">
          {request.answeredAt && (
            <p className="mb-3 text-xs text-slate-600 dark:text-slate-400">
              Last answered {formatDay(request.answeredAt)} by {request.answeredByEmail}.{open ? " You can change the answer until the campaign closes." : ""}
            </p>
          )}
          {open ? (
            <AdvisoryAnswerForm
              requestId={request.id}
              version={request.version}
              answer={{ affected: request.affected, patched: request.patched, patchedAt: dateInput(request.patchedAt), compensatingControls: request.compensatingControls, comment: request.comment }}
              submitLabel={request.answeredAt ? "Update answer" : "Send answer"}
            />
          ) : (
            <Alert>This campaign is closed; {request.answeredAt ? "your answer is on record" : "no answer was recorded"}.</Alert>
          )}
        </Card>
      </div>
    </>
  );
}
