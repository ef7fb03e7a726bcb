import Link from "next/link";

/** A row of filter links for a list page; the active one is marked for the eye and for screen readers. */
export function FilterLinks({ label, links }: { label: string; links: { label: string; href: string; active: boolean }[] }) {
  return (
    <nav aria-label={label} className="mb-3 flex flex-wrap gap-2 text-sm">
      {links.map((l) => (
        <Link
          key={l.label}
          href={l.href}
          aria-current={l.active ? "page" : undefined}
          className={`rounded-md border px-2 py-0.5 ${l.active ? "border-accent-700 font-semibold" : "border-slate-300 dark:border-slate-700"}`}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
