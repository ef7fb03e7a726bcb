import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { AuthFrame } from "@/components/shell/auth-frame";
import { getActor } from "@/lib/auth/guard";
import { homePathFor } from "@/lib/auth/roles";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await getActor();
  if (actor) redirect(homePathFor(actor.role));
  const params = await searchParams;
  const t = await getTranslations("signIn");
  return (
    <AuthFrame title={t("title")} subtitle={t("subtitle")}>
      {params.invited === "1" && <Alert tone="success">{t("invited")}</Alert>}
      {params.invited === "joined" && <Alert tone="success">{t("joined")}</Alert>}
      {params.changed && <Alert tone="success">{t("changed")}</Alert>}
      <SignInForm />
      <p className="mt-6 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        {t("supplierPrompt")}{" "}
        <Link href="/portal/sign-in" className="font-medium text-accent-700 hover:underline dark:text-accent-300">
          {t("supplierLink")}
        </Link>
      </p>
    </AuthFrame>
  );
}
