import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/guard";
import { organizationSettings } from "@/lib/organization/settings";
import { DEFAULT_TUNABLES, weightsFor, type Tunables } from "@/lib/risk/model";
import { OrganizationLeiForm, ReviewIntervalsForm, SecuritySettingsForm } from "./review-intervals-form";
import { RiskWeightsForm } from "./risk-weights-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireRole("ADMIN");
  const settings = await organizationSettings(actor);
  const tuned = settings.riskWeights as Partial<Tunables> | null;
  return (
    <>
      <PageHeader title="Settings" description="How often suppliers are reassessed, how the organization identifies itself in regulatory exports, and the risk model's weights." />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card title="Review intervals">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">A vendor&apos;s next review date follows its last completed assessment.</p>
          <ReviewIntervalsForm current={settings} />
        </Card>
        <Card title="Legal entity identifier">
          <OrganizationLeiForm current={settings.lei} />
        </Card>
        <Card title="Sign-in security">
          <SecuritySettingsForm requireTotp={settings.requireTotp} />
        </Card>
        <Card title="Risk weights" className="lg:col-span-2">
          <RiskWeightsForm current={{ ...DEFAULT_TUNABLES, ...tuned }} version={weightsFor(tuned, settings.riskWeightsRevision).version} />
        </Card>
      </div>
    </>
  );
}
