import type { Metadata } from "next";
import Link from "next/link";
import { availabilityLabels, sensitivityLabels, substitutabilityLabels, tierLabels } from "@/components/vendors/labels";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/page";
import { KaseyaAlarms, RiskCard } from "@/components/risk/risk-card";
import { kevMatches } from "@/lib/kev/kev";
import { storedVendorRisk } from "@/lib/risk/stored";
import { RISK_ACCEPTORS } from "@/lib/findings/findings";
import { loadVendorPage } from "@/lib/vendors/page-data";
import { vendorSecurityContact, vendorTierHistory } from "@/lib/vendors/queries";
import { formatDay } from "@/lib/dates";
import { countryName } from "@/lib/countries";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "Vendor" };


function Facts({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
          <dd className="break-words">{value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function VendorOverview({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { actor, vendor } = await loadVendorPage((await params).id);
  const [history, kev, risk, securityContact, { saved }] = await Promise.all([
    vendorTierHistory(actor, vendor.id),
    kevMatches(actor, vendor.id),
    storedVendorRisk(actor, vendor.id),
    vendorSecurityContact(actor, vendor.id),
    searchParams,
  ]);
  const openKev = kev.filter((m) => !m.deployed);
  return (
    <div className="space-y-4">
      {saved && <Alert tone="success">{saved === "created" ? "Vendor created." : "Changes saved."}</Alert>}
      {openKev.length > 0 && (
        <Alert tone="error">
          {countOf(openKev.length, "known-exploited vulnerability", "known-exploited vulnerabilities")} in products we run from {vendor.name} not deployed yet:{" "}
          {openKev.map((m) => m.entry.cveId).join(", ")}.{" "}
          <Link href={`/vendors/${vendor.id}/patching`} className="font-medium underline">
            See patching
          </Link>
        </Alert>
      )}
      {risk && <KaseyaAlarms alarms={risk.alarms} vendorId={vendor.id} canAccept={(RISK_ACCEPTORS as readonly string[]).includes(actor.role)} />}
      {risk && <RiskCard score={risk.score} />}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Identity">
          <Facts
            rows={[
              ["Legal name", vendor.legalName ?? "—"],
              ["LEI", vendor.lei ? <span className="font-mono">{vendor.lei}</span> : "—"],
              ["Country", vendor.country ? `${countryName(vendor.country)} (${vendor.country})` : "—"],
              ["Website", vendor.website ?? "—"],
              ["Business owner", vendor.businessOwner ?? "—"],
            ]}
          />
        </Card>
        <Card title="Criticality">
          <Facts
            rows={[
              ["Tier", vendor.tier ? tierLabels[vendor.tier] : "Not tiered"],
              ["Data handled", sensitivityLabels[vendor.dataSensitivity]],
              ["Critical or important function", vendor.criticalFunction ? "Yes (DORA Art. 28)" : "No"],
              ["Substitutability", vendor.substitutability ? substitutabilityLabels[vendor.substitutability] : "Not assessed"],
            ]}
          />
        </Card>
        <Card title="Contract and review">
          <Facts
            rows={[
              ["Contract", `${formatDay(vendor.contractStart)} to ${formatDay(vendor.contractEnd)}`],
              ["Renewal", formatDay(vendor.renewalDate)],
              ["Notice period", vendor.noticePeriodDays != null ? countOf(vendor.noticePeriodDays, "day") : "—"],
              ["Next review", formatDay(vendor.nextReviewDate)],
              ["Offboarding since", vendor.offboardedAt ? formatDay(vendor.offboardedAt) : "—"],
            ]}
          />
        </Card>
        <Card title="Security contact">
          {securityContact ? (
            <Facts
              rows={[
                ["Name", securityContact.name],
                ["Phone", securityContact.phone ?? "—"],
                ["Email", securityContact.email ?? "—"],
                ["Availability", securityContact.availability ? availabilityLabels[securityContact.availability] : "Unknown"],
              ]}
            />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              No security contact yet.{" "}
              <Link href={`/vendors/${vendor.id}/contacts`} className="font-medium text-accent-800 hover:underline dark:text-accent-300">
                Mark one on the Contacts tab
              </Link>
              : the one to call in an incident.
            </p>
          )}
        </Card>
      </div>
      <Card title="Tier history">
        {history.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">The tier has not been set yet.</p>
        ) : (
          <ol className="space-y-2 text-sm">
            {history.map((h) => (
              <li key={h.id}>
                <span className="tabular-nums text-slate-600 dark:text-slate-400">{formatDay(h.createdAt)}</span>{" "}
                {h.fromTier ? tierLabels[h.fromTier] : "Not tiered"} → <strong>{h.toTier ? tierLabels[h.toTier] : "Not tiered"}</strong>: {h.reason}
                {h.changedByEmail && <span className="text-slate-600 dark:text-slate-400"> ({h.changedByEmail})</span>}
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
