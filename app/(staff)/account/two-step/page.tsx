import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/page";
import { requireRoleDuringEnrollment } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { pendingEnrollment, twoStepStatus, unusedRecoveryCodes } from "@/lib/auth/totp";
import { formatDay } from "@/lib/dates";
import { ConfirmForm, DisableForm, RegenerateForm, StartForm } from "./two-step-forms";

export const metadata: Metadata = { title: "Two-step sign-in" };

export default async function TwoStepPage() {
  const actor = await requireRoleDuringEnrollment(...STAFF_ROLES);
  const status = await twoStepStatus(actor);
  const pending = status.enabledAt ? null : await pendingEnrollment(actor);
  return (
    <>
      <PageHeader
        title="Two-step sign-in"
        description="After your password, a code from an authenticator app on your phone: a stolen password alone no longer opens your account."
        crumbs={[{ href: "/account", label: "Account" }]}
      />
      {actor.mustEnrollTotp && (
        <div className="mb-4">
          <Alert tone="error">{actor.organizationName} requires two-step sign-in for its staff. Set it up to continue.</Alert>
        </div>
      )}
      {status.enabledAt ? (
        <div className="grid items-start gap-4 lg:grid-cols-2">
          <Card title="On">
            <p className="text-sm">
              Since {formatDay(status.enabledAt)}. {await unusedRecoveryCodes(actor)} unused recovery codes left.
            </p>
          </Card>
          <Card title="Recovery codes">
            <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">Used some, or lost them? New codes replace all the old ones.</p>
            <RegenerateForm />
          </Card>
          {!status.required && (
            <Card title="Turn off">
              <DisableForm />
            </Card>
          )}
        </div>
      ) : pending ? (
        <div className="grid items-start gap-4 lg:grid-cols-2">
          <Card title="1. Scan the code">
            <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
              In your authenticator app (any app that supports TOTP, e.g. Aegis, Google Authenticator, 1Password), add an account and scan:
            </p>
            {/* The QR code is generated on our server from the key below; nothing is fetched from elsewhere. */}
            <div className="w-48 rounded bg-white p-2" role="img" aria-label="QR code of the key shown below" dangerouslySetInnerHTML={{ __html: pending.qrSvg }} />
            <p className="mt-3 text-sm">
              Or type this key: <code className="font-mono tracking-wide">{pending.key}</code>
            </p>
            <div className="mt-3">
              <StartForm restart />
            </div>
          </Card>
          <Card title="2. Prove it works">
            <ConfirmForm />
          </Card>
        </div>
      ) : (
        <Card>
          <StartForm restart={false} />
        </Card>
      )}
    </>
  );
}
