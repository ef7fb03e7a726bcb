"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const tabs = [
  { path: "", label: "Overview" },
  { path: "/channels", label: "Access channels" },
  { path: "/blast-radius", label: "Blast radius" },
  { path: "/patching", label: "Patching" },
  { path: "/assessments", label: "Assessments" },
  { path: "/fourth-parties", label: "Fourth parties" },
  { path: "/contacts", label: "Contacts" },
  { path: "/history", label: "History" },
];

export function VendorTabs({ vendorId }: { vendorId: string }) {
  const pathname = usePathname();
  const base = `/vendors/${vendorId}`;
  return (
    <nav aria-label="Vendor sections" className="mb-6 border-b border-slate-200 dark:border-slate-800">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const href = base + tab.path;
          const active = tab.path ? pathname.startsWith(href) : pathname === base;
          return (
            <li key={tab.label}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 text-sm ${
                  active
                    ? "border-accent-700 font-semibold text-accent-800 dark:border-accent-400 dark:text-white"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
