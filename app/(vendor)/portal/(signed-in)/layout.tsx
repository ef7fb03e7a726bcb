import Link from "next/link";
import { displayPreferences } from "@/lib/preferences/current";
import { Logo } from "@/components/shell/logo";
import { UserMenu } from "@/components/shell/user-menu";
import { requireVendorContact } from "@/lib/auth/guard";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireVendorContact();
  const { theme } = await displayPreferences();
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/portal" className="flex items-center gap-2 font-semibold">
            <Logo />
            <span>
              Chainward <span className="font-normal text-slate-600 dark:text-slate-400">supplier portal · {actor.organizationName}</span>
            </span>
          </Link>
          <UserMenu name={actor.email} detail={actor.organizationName} theme={theme} links={[]} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
