import type { Metadata } from "next";
import Link from "next/link";
import { AuthFrame } from "@/components/shell/auth-frame";
import { Alert } from "@/components/ui/alert";
import { describeInvitation } from "@/lib/auth/invitation";
import { inspectEmailToken } from "@/lib/auth/tokens";
import { AcceptInviteForm } from "./accept-invite-form";

export const metadata: Metadata = { title: "Accept invitation" };

export default async function AcceptInvitePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && token.length >= 20 && token.length <= 200;
  const invitation = usable ? await describeInvitation(token) : null;
  if (!invitation || !usable) {
    const state = usable ? await inspectEmailToken(token, "SET_PASSWORD") : "unknown";
    return (
      <AuthFrame title="This invitation link no longer works">
        <Alert tone="error">
          {state === "expired"
            ? "This invitation has expired. Ask your administrator to invite you again."
            : "This invitation link was already used or is not valid. If you have accepted it, sign in; otherwise ask your administrator for a new invitation."}
        </Alert>
        <p className="mt-4 text-sm">
          <Link href="/sign-in" className="font-medium text-accent-700 hover:underline dark:text-accent-300">
            Go to sign-in
          </Link>
        </p>
      </AuthFrame>
    );
  }
  const { organizationName, email, step } = invitation;
  if (step === "first_invitation_pending") {
    return (
      <AuthFrame title={`Join ${organizationName}`} subtitle={email}>
        <Alert tone="info">
          Another organization invited this address to Chainward first. Accept that invitation and choose your password there, then open this link
          again to join {organizationName} with the same password.
        </Alert>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame
      title={step === "choose_password" ? "Choose your password" : `Join ${organizationName}`}
      subtitle={
        step === "choose_password"
          ? `You were invited to ${organizationName} on Chainward as ${email}. Set a password to finish.`
          : `You were invited to ${organizationName}. You already use Chainward as ${email}: enter your password to accept.`
      }
    >
      <AcceptInviteForm token={token} step={step} />
    </AuthFrame>
  );
}
