import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/guard";
import { outboxPage } from "@/lib/organization/administration";
import { linkParts } from "@/lib/organization/outbox-links";
import { appBaseUrl } from "@/lib/request";

export const metadata: Metadata = { title: "Email outbox" };

export default async function OutboxPage() {
  const actor = await requireRole("ADMIN");
  const { smtp, emails } = await outboxPage(actor);
  const origin = new URL(await appBaseUrl()).origin;
  return (
    <>
      <PageHeader
        title="Email outbox"
        description="Without an SMTP server, Chainward keeps the emails it would send here, so invitations, sign-in links and codes can be passed on by hand; links into Chainward are clickable."
        crumbs={[{ href: "/admin/members", label: "Administration" }]}
      />
      {smtp ? (
        <Alert>Emails are delivered through the configured SMTP server (SMTP_URL); none are kept here.</Alert>
      ) : emails.length === 0 ? (
        <EmptyState title="No emails yet">Invitations, sign-in links and codes for your organization appear here, newest first.</EmptyState>
      ) : (
        <ul className="space-y-3">
          {emails.map((e) => (
            <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
              <div className="flex flex-wrap justify-between gap-2 text-sm">
                <span>
                  To <strong>{e.to}</strong>: {e.subject}
                </span>
                <time className="tabular-nums text-slate-600 dark:text-slate-400" dateTime={e.createdAt.toISOString()}>
                  {e.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                </time>
              </div>
              <pre className="mt-2 whitespace-pre-wrap break-all font-sans text-sm text-slate-700 dark:text-slate-300">
                {linkParts(e.text, origin).map((part, i) =>
                  part.href ? (
                    <a key={i} href={part.href} className="font-medium text-accent-700 underline dark:text-accent-300">
                      {part.text}
                    </a>
                  ) : (
                    part.text
                  ),
                )}
              </pre>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
