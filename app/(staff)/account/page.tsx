import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/page";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { signOutEverywhere } from "@/lib/auth/actions";
import { requireRole } from "@/lib/auth/guard";
import { roleLabels, STAFF_ROLES } from "@/lib/auth/roles";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const actor = await requireRole(...STAFF_ROLES);
  return (
    <>
      <PageHeader title="Account" description="Your profile, password and sessions." />
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
