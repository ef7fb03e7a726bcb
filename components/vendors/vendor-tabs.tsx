"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const tabs = [
  { path: "", id: "overview" },
  { path: "/channels", id: "channels" },
  { path: "/blast-radius", id: "blastRadius" },
  { path: "/patching", id: "patching" },
  { path: "/assessments", id: "assessments" },
  { path: "/fourth-parties", id: "fourthParties" },
  { path: "/contacts", id: "contacts" },
  { path: "/history", id: "history" },
] as const;

export function VendorTabs({ vendorId }: { vendorId: string }) {
  const t = useTranslations("vendor.tabs");
  const pathname = usePathname();
  const base = `/vendors/${vendorId}`;
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200 dark:border-slate-800">
      {/* One line that scrolls sideways on a phone, instead of wrapping into a block of links. */}
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {tabs.map((tab) => {
          const href = base + tab.path;
          const active = tab.path ? pathname.startsWith(href) : pathname === base;
          return (
            <li key={tab.id}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={`inline-block whitespace-nowrap border-b-2 px-3 py-2 text-sm ${
                  active
                    ? "border-accent-700 font-semibold text-accent-800 dark:border-accent-400 dark:text-white"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white"
                }`}
              >
                {t(tab.id)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
