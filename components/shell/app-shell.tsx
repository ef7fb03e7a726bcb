import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { displayPreferences } from "@/lib/preferences/current";
import type { Actor } from "@/lib/auth/guard";
import { CommandPalette } from "./command-palette";
import { MobileNavigation, Sidebar } from "./sidebar";
import { UserMenu } from "./user-menu";

/** The staff frame: the sidebar (a drawer on small screens), the person's menu, and the page. */
export async function AppShell({ actor, children }: { actor: Actor; children: ReactNode }) {
  const { theme, sidebarCollapsed } = await displayPreferences();
  const t = await getTranslations("shell");
  const tc = await getTranslations("common");
  const tr = await getTranslations("roles");
  return (
    <div className="min-h-screen md:flex">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm">
        {tc("skipToContent")}
      </a>
      <Sidebar role={actor.role} organizationName={actor.organizationName} initiallyCollapsed={sidebarCollapsed} />
      <div className="min-w-0 flex-1">
        <header className="sticky top-0 z-30 flex h-12 items-center gap-3 border-b border-slate-200 bg-white/90 px-4 backdrop-blur md:px-6 dark:border-slate-800 dark:bg-slate-900/90">
          <MobileNavigation role={actor.role} organizationName={actor.organizationName} />
          <span className="truncate text-sm font-medium md:hidden">{actor.organizationName}</span>
          <div className="ml-auto flex items-center gap-2">
            <CommandPalette role={actor.role} />
            <UserMenu
              name={actor.name}
              detail={`${tr(actor.role)} · ${actor.organizationName}`}
              theme={theme}
              links={[
                { href: "/account", label: t("account"), icon: "account" },
                { href: "/account/two-step", label: t("twoStep"), icon: "two-step" },
              ]}
            />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-7xl px-4 py-6 md:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
