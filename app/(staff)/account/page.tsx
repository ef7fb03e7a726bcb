import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/page";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { signOutEverywhere, switchOrganizationAction } from "@/lib/auth/actions";
import { requireRole } from "@/lib/auth/guard";
import { roleLabels, STAFF_ROLES } from "@/lib/auth/roles";
import { otherOrganizationsOf } from "@/lib/members/members";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ switch?: string }> }) {
  const actor = await requireRole(...STAFF_ROLES);
  const [others, params] = await Promise.all([otherOrganizationsOf(actor), searchParams]);
  return (
    <>
      <PageHeader title="Account" description="Your profile, password and sessions." />
      {params.switch === "failed" && <Alert tone="error">That organization could not be opened. You may no longer be a member of it.</Alert>}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Profile">
          <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
            <dt className="text-slate-600 dark:text-slate-400">Name</dt>
            <dd>{actor.name}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Email</dt>
            <dd>{actor.email}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Organization</dt>
            <dd>{actor.organizationName}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Role</dt>
            <dd>{roleLabels[actor.role]}</dd>
          </dl>
        </Card>
        {others.length > 0 && (
          <Card title="Your other organizations">
            <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">You also belong to these organizations. Opening one ends this session and starts one there.</p>
            <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
              {others.map((o) => (
                <li key={o.id} className="flex items-center justify-between gap-3 py-2">
                  <span className="font-medium">{o.name}</span>
                  <form action={switchOrganizationAction}>
                    <input type="hidden" name="organizationId" value={o.id} />
                    <SubmitButton variant="secondary" pendingText="Opening…" aria-label={`Open ${o.name}`}>
                      Open
                    </SubmitButton>
                  </form>
                </li>
              ))}
            </ul>
          </Card>
        )}
        <Card title="Sessions">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
            Lost a laptop or signed in on a shared computer? Sign out everywhere ends every session of your account, on every device, including this one.
          </p>
          <form action={signOutEverywhere}>
            <ConfirmButton
              title="Sign out everywhere?"
              body="Every session of your account ends now, on every device, including this one. You will need to sign in again."
              confirmLabel="Sign out everywhere"
            >
              Sign out everywhere
            </ConfirmButton>
          </form>
        </Card>
        <Card title="Change password">
          <ChangePasswordForm />
        </Card>
        <Card title="Two-step sign-in">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">A code from an authenticator app after your password.</p>
          <Link href="/account/two-step" className="text-sm font-medium text-accent-800 hover:underline dark:text-accent-300">
            Manage two-step sign-in
          </Link>
        </Card>
      </div>
    </>
  );
}
