import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { AuthFrame } from "@/components/shell/auth-frame";
import { getActor } from "@/lib/auth/guard";
import { homePathFor } from "@/lib/auth/roles";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await getActor();
  if (actor) redirect(homePathFor(actor.role));
  const params = await searchParams;
  return (
    <AuthFrame title="Sign in" subtitle="For your organization's security, risk and leadership staff.">
      {params.invited === "1" && <Alert tone="success">Your password is set. Sign in to continue.</Alert>}
      {params.invited === "joined" && <Alert tone="success">You have joined the organization. Sign in and choose it.</Alert>}
      {params.changed && <Alert tone="success">Your password was changed. Sign in with the new one.</Alert>}
      <SignInForm />
      <p className="mt-6 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        Supplier contact?{" "}
        <Link href="/portal/sign-in" className="font-medium text-accent-700 hover:underline dark:text-accent-300">
          Sign in with an emailed code
        </Link>
      </p>
    </AuthFrame>
  );
}
