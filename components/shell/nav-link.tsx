"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import type { NavItem } from "./navigation";
import { cn } from "@/components/ui/cn";

/** One navigation entry: its icon and label, marked as the current page for the page and the pages below it. */
export function NavLink({ item, collapsed = false, onNavigate }: { item: NavItem; collapsed?: boolean; onNavigate?: () => void }) {
  const t = useTranslations("shell.nav");
  const pathname = usePathname();
  const label = t(item.id);
  const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
  const Icon = item.icon;
  return (
    <Link
      href={item.href}
      onClick={onNavigate}
      aria-current={active ? "page" : undefined}
      title={collapsed ? label : undefined}
      className={cn(
        "flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm transition-colors",
        collapsed && "justify-center px-0",
        active
          ? "bg-accent-50 font-medium text-accent-800 dark:bg-slate-800 dark:text-white"
          : "text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white",
      )}
    >
      <Icon aria-hidden className={cn("size-4 shrink-0", active ? "text-accent-700 dark:text-accent-300" : "text-slate-500 dark:text-slate-400")} />
      <span className={cn(collapsed && "sr-only")}>{label}</span>
    </Link>
  );
}
