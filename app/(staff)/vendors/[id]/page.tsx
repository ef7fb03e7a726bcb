import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/page";
import { KaseyaAlarms, RiskCard } from "@/components/risk/risk-card";
import { kevMatches } from "@/lib/kev/kev";
import { storedVendorRisk } from "@/lib/risk/stored";
import { RISK_ACCEPTORS } from "@/lib/findings/findings";
import { loadVendorPage } from "@/lib/vendors/page-data";
import { vendorSecurityContact, vendorTierHistory } from "@/lib/vendors/queries";
import { countryName } from "@/lib/countries";
import { getFormatter, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("vendor.tabs"))("overview") };
}

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
  const [t, tLabels, format] = await Promise.all([getTranslations("vendor.overview"), getTranslations("labels"), getFormatter()]);
  const day = (d: Date | null | undefined) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "—");
  return (
    <div className="space-y-4">
      {saved && <Alert tone="success">{saved === "created" ? t("created") : t("saved")}</Alert>}
      {openKev.length > 0 && (
        <Alert tone="error">
          {t("openKev", { count: openKev.length, vendor: vendor.name, cves: openKev.map((m) => m.entry.cveId).join(", ") })}{" "}
          <Link href={`/vendors/${vendor.id}/patching`} className="font-medium underline">
            {t("seePatching")}
          </Link>
        </Alert>
      )}
      {risk && <KaseyaAlarms alarms={risk.alarms} vendorId={vendor.id} canAccept={(RISK_ACCEPTORS as readonly string[]).includes(actor.role)} />}
      {risk && <RiskCard score={risk.score} />}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("identity")}>
          <Facts
            rows={[
              [t("legalName"), vendor.legalName ?? "—"],
              [t("lei"), vendor.lei ? <span className="font-mono">{vendor.lei}</span> : "—"],
              [t("country"), vendor.country ? `${countryName(vendor.country)} (${vendor.country})` : "—"],
              [t("website"), vendor.website ?? "—"],
              [t("businessOwner"), vendor.businessOwner ?? "—"],
            ]}
          />
        </Card>
        <Card title={t("criticality")}>
          <Facts
            rows={[
              [t("tier"), tLabels(`tier.${vendor.tier ?? "none"}`)],
              [t("dataHandled"), tLabels(`sensitivity.${vendor.dataSensitivity}`)],
              [t("criticalFunction"), vendor.criticalFunction ? t("criticalFunctionYes") : t("no")],
              [t("substitutability"), tLabels(`substitutability.${vendor.substitutability ?? "none"}`)],
            ]}
          />
        </Card>
        <Card title={t("contractAndReview")}>
          <Facts
            rows={[
              [t("contract"), vendor.contractStart || vendor.contractEnd ? t("contractPeriod", { start: day(vendor.contractStart), end: day(vendor.contractEnd) }) : "—"],
              [t("renewal"), day(vendor.renewalDate)],
              [t("noticePeriod"), vendor.noticePeriodDays != null ? t("noticeDays", { days: vendor.noticePeriodDays }) : "—"],
              [t("nextReview"), day(vendor.nextReviewDate)],
              [t("offboardingSince"), day(vendor.offboardedAt)],
            ]}
          />
        </Card>
        <Card title={t("securityContact")}>
          {securityContact ? (
            <Facts
              rows={[
                [t("name"), securityContact.name],
                [t("phone"), securityContact.phone ?? "—"],
                [t("email"), securityContact.email ?? "—"],
                [t("availability"), tLabels(`availability.${securityContact.availability ?? "none"}`)],
              ]}
            />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {t("noSecurityContact")}{" "}
              <Link href={`/vendors/${vendor.id}/contacts`} className="font-medium text-accent-800 hover:underline dark:text-accent-300">
                {t("markOne")}
              </Link>
              {t("markOneWhy")}
            </p>
          )}
        </Card>
      </div>
      <Card title={t("tierHistory")}>
        {history.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("tierNotSet")}</p>
        ) : (
          <ol className="space-y-2 text-sm">
            {history.map((h) => (
              <li key={h.id}>
                <span className="tabular-nums text-slate-600 dark:text-slate-400">{day(h.createdAt)}</span> {tLabels(`tier.${h.fromTier ?? "none"}`)} →{" "}
                <strong>{tLabels(`tier.${h.toTier ?? "none"}`)}</strong>: {h.reason}
                {h.changedByEmail && <span className="text-slate-600 dark:text-slate-400"> ({h.changedByEmail})</span>}
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
