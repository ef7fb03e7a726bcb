import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/page";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { organizationSettings } from "@/lib/organization/settings";
import { weightsFor, weightsLabel, type Tunables } from "@/lib/risk/model";

export const metadata: Metadata = { title: "How risk scores work" };

/** What each input adds, as a two-column table. */
function InputsTable({ rows }: { rows: [input: string, points: string][] }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>Input</Th>
          <Th>Points</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([input, points]) => (
          <tr key={input}>
            <Td>{input}</Td>
            <Td>{points}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The risk model explained for the people who read the scores, with the weights this organization uses today. */
export default async function RiskModelPage() {
  const actor = await requireRole(...STAFF_ROLES);
  const settings = await organizationSettings(actor);
  const W = weightsFor(settings.riskWeights as Partial<Tunables> | null, settings.riskWeightsRevision);
  return (
    <>
      <PageHeader
        title="How risk scores work"
        description="Every vendor's score comes from its records by fixed rules; nothing is a black box. This page shows the rules with the weights in use."
        crumbs={[{ href: "/risks", label: "Vendor risks" }]}
      />
      <div className="max-w-4xl space-y-6 text-sm leading-6">
        <Card title="The shape">
          <p>
            <strong>Residual risk = impact × likelihood ÷ 100</strong>, from 0 to 100. Impact is what the vendor could hurt; likelihood is how probable it is
            that its access is used against us. A vendor is <strong>critical</strong> from {W.levels.critical}, <strong>high</strong> from {W.levels.high},{" "}
            <strong>medium</strong> from {W.levels.medium}, otherwise <strong>low</strong>.
          </p>
          <p className="mt-2">
            Each vendor&apos;s page lists the factors behind its score in words, with their points. Scores follow every change to the records they come from;
            a daily snapshot keeps the trend. In use: {weightsLabel(W.version)}.
          </p>
        </Card>

        <section aria-labelledby="impact">
          <h2 id="impact" className="mb-2 text-base font-semibold">
            Impact (0–100): what the vendor could hurt
          </h2>
          <InputsTable
            rows={[
              ["Most sensitive data it handles", `none ${W.data.NONE}, internal ${W.data.INTERNAL}, confidential ${W.data.CONFIDENTIAL}, personal ${W.data.PERSONAL}, special-category ${W.data.SPECIAL_CATEGORY}`],
              ["Supports a critical or important function (DORA)", String(W.criticalFunction)],
              ["How easily it can be replaced", `easy ${W.substitutability.EASY}, difficult ${W.substitutability.DIFFICULT}, not substitutable ${W.substitutability.IMPOSSIBLE}, not assessed ${W.substitutability.unknown}`],
              ["Reach of its enabled access channels", `up to ${W.accessMax}`],
            ]}
          />
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            Reach: each enabled channel counts its privilege (read {W.privilege.READ}, write {W.privilege.WRITE}, admin {W.privilege.ADMIN}, code execution{" "}
            {W.privilege.CODE_EXECUTION}) times the criticality of the systems it reaches (low {W.systemCriticality.LOW} to critical {W.systemCriticality.CRITICAL}).
            The sum rises steeply at first and levels off towards {W.accessMax}: an MSP agent that can run code on every critical server comes close to the
            maximum, a read-only API adds little.
          </p>
        </section>

        <section aria-labelledby="likelihood">
          <h2 id="likelihood" className="mb-2 text-base font-semibold">
            Likelihood (0–100): how probable it is that the reach is used against us
          </h2>
          <InputsTable
            rows={[
              ["Every vendor starts at", String(W.baseLikelihood)],
              [
                "Hygiene of privileged channels (admin, code execution, or able to push code)",
                `up to ${W.hygieneMax}; per channel: no MFA ${W.hygiene.noMfa}, console on the internet ${W.hygiene.consoleExposed}, emergency disconnect never tested ${W.hygiene.killSwitchUntested}, always on ${W.hygiene.alwaysOn}, not monitored ${W.hygiene.unmonitored}`,
              ],
              ["Patch SLA breaches in its patch ledger", `up to ${W.breachMax}`],
              ["Known-exploited vulnerabilities (CISA KEV) open in its products", `up to ${W.kevMax}`],
              ["Controls failed in its last completed questionnaire", `up to ${W.controlsMax}; never assessed: ${W.neverAssessed}`],
              [
                "Open findings (open or in remediation)",
                `up to ${W.findingsMax}; critical ${W.finding.CRITICAL}, high ${W.finding.HIGH}, medium ${W.finding.MEDIUM}, low ${W.finding.LOW} each, doubling over their first ${W.findingAgeDays} days`,
              ],
              ["Reassessment overdue", `up to ${W.staleMax}, growing with the days past the next review date`],
            ]}
          />
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            Each part levels off towards its maximum, so no single input outweighs the rest without bound. Accepted risks and resolved findings do not count.
          </p>
        </section>

        <Card title="The Kaseya-pattern alarm">
          <p>
            An alarm is raised on every enabled channel that can push code into our systems (code-execution privilege, or a remote-management, update-push or
            agent channel the vendor starts) when any of these holds: the vendor may take more than 7 days to fix a critical flaw (or no patch SLA is agreed), a
            patch SLA is breached, a known-exploited flaw is open in its products, the channel&apos;s console can be reached from the internet, MFA is not
            enforced, or the emergency disconnect was never tested. This is how attackers reached about 1,500 companies through their IT providers in July
            2021.
          </p>
          <p className="mt-2">
            An administrator or executive can accept an alarm with a reason until a date (at most a year). The alarm then leaves the dashboard and returns by
            itself on that date. Accepting does not change the score: the weaknesses are still there.
          </p>
        </Card>

        <Card title="Guarantees">
          <ul className="list-disc space-y-1 pl-5">
            <li>Scores stay between 0 and 100 and name the weights they were computed with.</li>
            <li>A better questionnaire result never raises the score; resolving or accepting a finding never raises it.</li>
            <li>A new channel, or a more critical system reached, never lowers impact; a new or older finding, or a later review, never lowers likelihood.</li>
            <li>No other vendor&apos;s records change a vendor&apos;s score.</li>
          </ul>
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            Administrators can tune the maxima and level thresholds within bounds that keep these guarantees
            {actor.role === "ADMIN" ? (
              <>
                {" "}
                (
                <Link href="/admin/settings" className="underline">
                  Settings
                </Link>
                )
              </>
            ) : null}
            .
          </p>
        </Card>
      </div>
    </>
  );
}
