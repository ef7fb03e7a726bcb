import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export interface Crumb {
  href: string;
  label: string;
}

/** Every page: breadcrumbs below the top level, a title, its purpose in one line, the primary action at the right. */
export function PageHeader({ title, description, crumbs, actions }: { title: string; description?: string; crumbs?: Crumb[]; actions?: ReactNode }) {
  const t = useTranslations("common");
  return (
    <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        {crumbs?.length ? (
          <nav aria-label={t("breadcrumb")} className="mb-1 text-xs text-slate-600 dark:text-slate-400">
            <ol className="flex flex-wrap items-center gap-1">
              {crumbs.map((c) => (
                <li key={c.href} className="after:ml-1 after:content-['/']">
                  <Link href={c.href} className="hover:underline">
                    {c.label}
                  </Link>
                </li>
              ))}
              {/* The trail ends where the reader is. */}
              <li aria-current="page" className="max-w-[40ch] truncate text-slate-900 dark:text-slate-100">
                {title}
              </li>
            </ol>
          </nav>
        ) : null}
        <h1 className="text-title tracking-tight">{title}</h1>
        {description && <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{description}</p>}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </header>
  );
}

export function Card({ title, children, className = "" }: { title?: string; children: ReactNode; className?: string }) {
  return (
    <section className={`rounded-xl border border-slate-200 bg-white p-5 shadow-xs dark:border-slate-800 dark:bg-slate-900 ${className}`}>
      {title && <h2 className="mb-3 text-section text-slate-900 dark:text-slate-100">{title}</h2>}
      {children}
    </section>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center dark:border-slate-700 dark:bg-slate-900">
      <h2 className="text-base font-semibold">{title}</h2>
      {children && <div className="mx-auto mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-400">{children}</div>}
      {action && <div className="mt-4">{action}</div>}
    </div>
  );
}

/** Previous/next links that keep the other URL parameters. */
export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  const t = useTranslations("common");
  if (pageCount <= 1) return null;
  const link = "rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between text-sm">
      <span className="text-slate-600 dark:text-slate-400">
        {t("pageOf", { page, count: pageCount })}
      </span>
      <span className="flex gap-2">
        {page > 1 && (
          <Link className={link} href={href(page - 1)} rel="prev">
            {t("previous")}
          </Link>
        )}
        {page < pageCount && (
          <Link className={link} href={href(page + 1)} rel="next">
            {t("next")}
          </Link>
        )}
      </span>
    </nav>
  );
}

/** A titled panel beside a list, holding the form that adds to it. */
export function FormPanel({ id, title, description, children, className = "" }: { id: string; title: string; description?: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={`rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900 ${className}`}>
      <h2 id={id} className="mb-3 scroll-mt-4 text-sm font-semibold">
        {title}
      </h2>
      {description && <p className="-mt-2 mb-3 text-xs text-slate-600 dark:text-slate-400">{description}</p>}
      {children}
    </section>
  );
}
