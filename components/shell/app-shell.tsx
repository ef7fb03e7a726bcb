import Link from "next/link";
import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/guard";
import { roleLabels } from "@/lib/auth/roles";
import { Logo } from "./logo";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";
import { navigationFor } from "./navigation";

export function AppShell({ actor, children }: { actor: Actor; children: ReactNode }) {
  const sections = navigationFor(actor.role);
  return (
    <div className="min-h-screen md:grid md:grid-cols-[14rem_1fr]">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm">
        Skip to content
      </a>
      <aside className="border-b border-slate-200 bg-white md:min-h-screen md:border-b-0 md:border-r dark:border-slate-800 dark:bg-slate-900">
        <div className="flex items-center justify-between px-4 py-3 md:block">
          <Link href="/dashboard" className="flex items-center gap-2 font-semibold">
            <Logo />
            Chainward
          </Link>
          <p className="truncate text-xs text-slate-600 md:mt-1 dark:text-slate-400" title={actor.organizationName}>
            {actor.organizationName}
          </p>
        </div>
        <nav aria-label="Main" className="space-y-4 px-2 pb-4">
          {sections.map((section, i) => (
            <div key={section.label ?? i}>
              {section.label && (
                <p className="px-2.5 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{section.label}</p>
              )}
              <ul className="space-y-0.5">
                {section.items.map((item) => (
                  <li key={item.href}>
                    <NavLink href={item.href}>{item.label}</NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
      </aside>
      <div className="min-w-0">
        <header className="flex items-center justify-end gap-3 border-b border-slate-200 bg-white px-4 py-2 text-sm dark:border-slate-800 dark:bg-slate-900">
          <Link href="/account" className="text-right hover:underline">
            <span className="block font-medium">{actor.name}</span>
            <span className="block text-xs text-slate-600 dark:text-slate-400">{roleLabels[actor.role]}</span>
          </Link>
          <SignOutButton />
        </header>
        <main id="main" className="mx-auto max-w-7xl px-4 py-6 md:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
