import type { Metadata } from "next";
import { AuthFrame } from "@/components/shell/auth-frame";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { continueWithMagicLink } from "@/lib/auth/actions";
import { inspectEmailToken } from "@/lib/auth/tokens";
import { MagicLinkForm } from "../sign-in/magic-link-form";

export const metadata: Metadata = { title: "Continue sign-in" };

// Opening the link does not sign in: mail scanners that fetch links must not use the token up. The user presses
// "Continue", which posts the token.
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ token?: string; state?: string }> }) {
  const params = await searchParams;
  const state = params.token && params.token.length <= 200 ? await inspectEmailToken(params.token, "SIGN_IN") : (params.state ?? "unknown");
  if (state === "valid" && params.token) {
    return (
      <AuthFrame title="Continue to the supplier portal" subtitle="Press continue to sign in on this device.">
        <form action={continueWithMagicLink}>
          <input type="hidden" name="token" value={params.token} />
          <SubmitButton className="w-full" pendingText="Signing in…">
            Continue
          </SubmitButton>
        </form>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title="This link no longer works">
      <div className="space-y-4">
        <Alert tone="error">
          {state === "expired"
            ? "The sign-in link has expired: links work for 10 minutes."
            : "The sign-in link was already used or is not valid: each link works once."}{" "}
          Enter your email address to get a new one.
        </Alert>
        <MagicLinkForm submitLabel="Send a new link" />
      </div>
    </AuthFrame>
  );
}
