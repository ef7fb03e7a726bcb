"use client";
import { Menu, PanelLeftClose, PanelLeftOpen } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { Sheet, SheetContent, SheetTrigger } from "@/components/ui/sheet";
import type { Role } from "@/lib/auth/roles";
import { rememberPreference, SIDEBAR_COOKIE } from "@/lib/preferences/display";
import { Logo } from "./logo";
import { NavLink } from "./nav-link";
import { navigationFor } from "./navigation";

function Navigation({ role, collapsed = false, onNavigate }: { role: Role; collapsed?: boolean; onNavigate?: () => void }) {
  const t = useTranslations("shell");
  return (
    <nav aria-label={t("main")} className="space-y-4 px-2 pb-4">
      {navigationFor(role).map((section, i) => (
        <div key={section.group ?? i}>
          {section.group &&
            (collapsed ? (
              <div role="separator" className="mx-2 mb-2 h-px bg-slate-200 dark:bg-slate-800" />
            ) : (
              <p className="px-2.5 pb-1 text-[11px] font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400">{t(`groups.${section.group}`)}</p>
            ))}
          <ul className="space-y-0.5">
            {section.items.map((item) => (
              <li key={item.href}>
                <NavLink item={item} collapsed={collapsed} onNavigate={onNavigate} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

function Brand({ organizationName, collapsed = false }: { organizationName: string; collapsed?: boolean }) {
  return (
    <div className={cn("px-4 py-4", collapsed && "px-0 text-center")}>
      <Link href="/dashboard" className={cn("flex items-center gap-2 font-semibold tracking-tight", collapsed && "justify-center")} title={collapsed ? "Chainward" : undefined}>
        <Logo />
        <span className={cn(collapsed && "sr-only")}>Chainward</span>
      </Link>
      {!collapsed && (
        <p className="mt-1 truncate text-xs text-slate-600 dark:text-slate-400" title={organizationName}>
          {organizationName}
        </p>
      )}
    </div>
  );
}

/** The sidebar on wide screens: grouped navigation that folds down to icons (remembered in a cookie). */
export function Sidebar({ role, organizationName, initiallyCollapsed }: { role: Role; organizationName: string; initiallyCollapsed: boolean }) {
  const t = useTranslations("shell");
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  const toggle = () => {
    setCollapsed(!collapsed);
    rememberPreference(SIDEBAR_COOKIE, collapsed ? "open" : "collapsed");
  };
  const ToggleIcon = collapsed ? PanelLeftOpen : PanelLeftClose;
  return (
    <aside
      className={cn(
        "sticky top-0 hidden h-screen flex-col overflow-y-auto border-r border-slate-200 bg-white md:flex dark:border-slate-800 dark:bg-slate-900",
        collapsed ? "w-14" : "w-60",
      )}
    >
      <Brand organizationName={organizationName} collapsed={collapsed} />
      <div className="flex-1">
        <Navigation role={role} collapsed={collapsed} />
      </div>
      <div className={cn("border-t border-slate-200 p-2 dark:border-slate-800", collapsed && "flex justify-center")}>
        <button
          type="button"
          onClick={toggle}
          aria-expanded={!collapsed}
          className="flex items-center gap-2 rounded-md px-2.5 py-1.5 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800"
        >
          <ToggleIcon aria-hidden className="size-4" />
          <span className={cn(collapsed && "sr-only")}>{collapsed ? t("expandSidebar") : t("collapseSidebar")}</span>
        </button>
      </div>
    </aside>
  );
}

/** On small screens: a menu button that opens the navigation as a drawer, closed again by choosing a page. */
export function MobileNavigation({ role, organizationName }: { role: Role; organizationName: string }) {
  const t = useTranslations("shell");
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger className="rounded-md p-1.5 text-slate-700 hover:bg-slate-100 md:hidden dark:text-slate-200 dark:hover:bg-slate-800" aria-label={t("openMenu")}>
        <Menu aria-hidden className="size-5" />
      </SheetTrigger>
      <SheetContent title={t("menu")} className="overflow-y-auto">
        <Brand organizationName={organizationName} />
        <Navigation role={role} onNavigate={() => setOpen(false)} />
      </SheetContent>
    </Sheet>
  );
}
