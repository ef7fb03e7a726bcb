import type { Metadata } from "next";
import { AuthFrame } from "@/components/shell/auth-frame";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { continueWithMagicLink } from "@/lib/auth/actions";
import { portalPathSchema } from "@/lib/auth/schema";
import { describeSignInLink, type SignInLink } from "@/lib/auth/tokens";
import { PortalSignInForm } from "../sign-in/portal-sign-in-form";

export const metadata: Metadata = { title: "Continue sign-in" };

/** What the link opens, in words. */
function destination(link: SignInLink) {
  const org = link.organizationName ?? "your customer";
  if (link.landingPath?.startsWith("/portal/assessments/")) return `${org}’s questionnaire`;
  if (link.landingPath?.startsWith("/portal/advisories/")) return `${org}’s security advisory`;
  return `${org}’s supplier portal`;
}

// Opening the link does not sign in: mail scanners that fetch links must not use the token up. The user presses
// "Continue", which posts the token. A link that no longer works keeps its address, and a code is one click away.
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const link: SignInLink = typeof token === "string" && token.length <= 200 ? await describeSignInLink(token) : { state: "unknown" };
  if (link.state === "valid" && typeof token === "string") {
    return (
      <AuthFrame title="Continue to the supplier portal">
        <form action={continueWithMagicLink} className="space-y-4">
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Continue as <strong className="break-all">{link.email}</strong> to {destination(link)}.
          </p>
          <input type="hidden" name="token" value={token} />
          <SubmitButton className="w-full" pendingText="Signing in…">
            Continue
          </SubmitButton>
          <p className="text-xs text-slate-600 dark:text-slate-400">Not you? Close this page: the link stays unused.</p>
        </form>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title="This link no longer works">
      <div className="space-y-4">
        <Alert tone="error">
          {link.state === "expired"
            ? "The link has expired: a link in a questionnaire email works for 7 days, a link next to a sign-in code for 10 minutes."
            : link.state === "used"
              ? "The link was already used: each link works once."
              : "The link is not valid. Check that it was copied whole."}{" "}
          We can email you a 6-digit code to type here instead.
        </Alert>
        <PortalSignInForm email={link.email} next={portalPathSchema.parse(link.landingPath ?? undefined)} />
      </div>
    </AuthFrame>
  );
}
