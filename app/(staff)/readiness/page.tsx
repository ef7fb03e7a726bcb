import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { availabilityLabels } from "@/components/vendors/labels";
import { Card, PageHeader } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { holidayReadiness } from "@/lib/risk/dashboard";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "Holiday readiness" };

function Check({ title, check, done, more }: { title: string; check: { total: number; items: ReactNode[] }; done: string; more?: { href: string; label: string } }) {
  const { total, items } = check;
  const rest = total - items.length;
  return (
    <Card>
      <h2 className="flex items-center gap-2 text-sm font-semibold">
        <span aria-hidden="true" className={total ? "text-red-700 dark:text-red-400" : "text-emerald-700 dark:text-emerald-400"}>
          {total ? "✗" : "✓"}
        </span>
        {title} <span className="tabular-nums text-slate-600 dark:text-slate-400">({total ? `${total} open` : "done"})</span>
      </h2>
      {total ? (
        <>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">{items}</ul>
          {rest > 0 && (
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
              The riskiest vendors first; {rest} more not listed.{" "}
              {more && (
                <Link href={more.href} className="font-medium text-accent-800 hover:underline dark:text-accent-300">
                  {more.label}
                </Link>
              )}
            </p>
          )}
        </>
      ) : (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{done}</p>
      )}
    </Card>
  );
}

/** A check's items as list entries. */
const listed = <T,>(check: { total: number; items: T[] }, item: (t: T, i: number) => ReactNode) => ({ total: check.total, items: check.items.map(item) });

const vendorLink = (v: { id: string; name: string }, path = "") => (
  <Link href={`/vendors/${v.id}${path}`} className="font-medium text-accent-800 hover:underline dark:text-accent-300">
    {v.name}
  </Link>
);

export default async function ReadinessPage() {
  const actor = await requireRole(...STAFF_ROLES);
  const r = await holidayReadiness(actor);
  return (
    <>
      <PageHeader
        title="Holiday and weekend readiness"
        description="The Kaseya attack started on the Friday before a US holiday weekend. Before the next long weekend, close these."
      />
      <div className="space-y-4">
        <Check
          title="Critical vendors that can push code into our systems, without a 24/7 security contact"
          done="Every critical vendor with a push-capable channel has a security contact reachable around the clock."
          check={listed(r.noAroundTheClockContact, (row) => (
            <li key={row.vendor.id}>
              {vendorLink(row.vendor, "/edit")}: {row.vendor.securityContactAvailability ? availabilityLabels[row.vendor.securityContactAvailability].toLowerCase() : "no availability recorded"}
            </li>
          ))}
        />
        <Check
          title="Known-exploited vulnerabilities open in vendor tools"
          done="No known-exploited vulnerability is open in a vendor's product we run."
          check={listed(r.openKev, (row) => (
            <li key={row.vendor.id}>
              {vendorLink(row.vendor, "/patching")}: {row.count} not deployed
            </li>
          ))}
          more={{ href: "/vendors?kevAlert=1", label: "All vendors with a known-exploited flaw open" }}
        />
        <Check
          title="Emergency disconnects never tested on push-capable channels"
          done="Every push-capable channel's kill switch has been tested."
          check={listed(r.untestedKillSwitches, (c, i) => (
            <li key={i}>
              {vendorLink(c.vendor, "/channels")}: {c.channel}
            </li>
          ))}
        />
        <Check
          title="Overdue patches (SLA breaches)"
          done="No patch SLA is breached."
          check={listed(r.slaBreaches, (row) => (
            <li key={row.vendor.id}>
              {vendorLink(row.vendor, "/patching")}: {countOf(row.count, "breach", "breaches")}
            </li>
          ))}
          more={{ href: "/vendors?slaBreach=1", label: "All vendors with a patch SLA breached" }}
        />
        <Check
          title="Kaseya-pattern alarms not accepted"
          done="No channel that can push code has an open weakness."
          check={listed(r.alarms, ({ vendor, alarm }, i) => (
            <li key={i}>
              {vendorLink(vendor)}: {alarm.channel} — {alarm.reasons.join("; ")}
            </li>
          ))}
        />
      </div>
    </>
  );
}
