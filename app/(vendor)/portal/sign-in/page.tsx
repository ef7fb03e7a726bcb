import type { Metadata } from "next";
import Link from "next/link";
import { AuthFrame } from "@/components/shell/auth-frame";
import { PortalSignInForm } from "./portal-sign-in-form";

export const metadata: Metadata = { title: "Supplier sign-in" };

export default async function PortalSignInPage({ searchParams }: { searchParams: Promise<{ email?: string | string[] }> }) {
  const email = (await searchParams).email;
  return (
    <AuthFrame title="Supplier portal" subtitle="Enter the email address your customer invited. We email you a 6-digit code to type here; no password needed.">
      <PortalSignInForm email={typeof email === "string" ? email.slice(0, 254) : undefined} />
      <p className="mt-6 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        Staff member?{" "}
        <Link href="/sign-in" className="font-medium text-accent-700 hover:underline dark:text-accent-300">
          Sign in with your password
        </Link>
      </p>
    </AuthFrame>
  );
}
