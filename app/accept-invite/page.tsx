import type { Metadata } from "next";
import { AuthFrame } from "@/components/shell/auth-frame";
import { Alert } from "@/components/ui/alert";
import { inspectEmailToken } from "@/lib/auth/tokens";
import { AcceptInviteForm } from "./accept-invite-form";

export const metadata: Metadata = { title: "Accept invitation" };

export default async function AcceptInvitePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const state = token && token.length <= 200 ? await inspectEmailToken(token, "SET_PASSWORD") : "unknown";
  return (
    <AuthFrame title="Choose your password" subtitle="You were invited to Chainward. Set a password to finish.">
      {state === "valid" && token ? (
        <AcceptInviteForm token={token} />
      ) : (
        <Alert tone="error">
          {state === "expired"
            ? "This invitation has expired. Ask your administrator to invite you again."
            : "This invitation link was already used or is not valid. If you have set your password, sign in; otherwise ask your administrator for a new invitation."}
        </Alert>
      )}
    </AuthFrame>
  );
}
