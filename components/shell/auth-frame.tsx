import type { ReactNode } from "react";
import { LanguageSwitch } from "./language-switch";
import { Logo } from "./logo";

/** The frame of the signed-out pages (sign-in, invitation, vendor link). */
export function AuthFrame({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-between gap-2">
          <span className="flex items-center gap-2 text-lg font-semibold">
            <Logo />
            Chainward
          </span>
          <LanguageSwitch />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <h1 className="text-lg font-semibold">{title}</h1>
          {subtitle && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{subtitle}</p>}
          <div className="mt-5">{children}</div>
        </div>
      </div>
    </main>
  );
}
