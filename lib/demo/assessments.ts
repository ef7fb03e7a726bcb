// The demo's completed questionnaires: four suppliers answered a built-in template, a reviewer went through every
// answer, and the weak ones became findings (some still open, one in remediation, one resolved, one risk accepted).
// So the vendor pages show scores and findings, the risk model counts them, and "assessed within the review interval"
// is not zero on the first run. Written once per vendor and template: a second run finds the assessment and skips it.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FindingStatus, Severity } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { addMonths, daysAfter, formatDay } from "@/lib/dates";
import { reviewMonthsFor } from "@/lib/assessments/assessments";
import type { AnswerValue } from "@/lib/questionnaires/answers";
import { CONTROL_DOMAINS } from "@/lib/questionnaires/domains";
import { scoreAssessment } from "@/lib/questionnaires/scoring";
import { parseContent } from "@/lib/questionnaires/templates";
import type { BuiltInTemplate } from "@/lib/questionnaires/built-in";

interface WeakAnswer {
  /** What the vendor answered instead of the best option. */
  value: AnswerValue;
  finding: { severity: Severity; status: FindingStatus; description: string; remediationPlan?: string; acceptanceJustification?: string };
}

export interface DemoAssessment {
  vendor: string;
  template: BuiltInTemplate["key"];
  /** Months before the seed run that the review was completed. */
  completedMonthsAgo: number;
  /** Answers to the unscored questions (text, numbers, dates), in the vendor's words. */
  facts: Record<string, AnswerValue>;
  weak: Record<string, WeakAnswer>;
}

const monthsAgo = (months: number) => formatDay(addMonths(new Date(), -months));

export const demoAssessments: DemoAssessment[] = [
  {
    vendor: "BrightPath IT Services",
    template: "remote-access",
    completedMonthsAgo: 4,
    facts: { "ra-tools": "Kaseya VSA 9.5 (RMM agent on every server), TeamViewer 15 (remote support), PDQ Deploy (software distribution)" },
    weak: {
      "mfa-console": {
        value: "no",
        finding: {
          severity: "CRITICAL",
          status: "IN_REMEDIATION",
          description: "Technicians sign in to the Kaseya VSA console with a password only. Whoever steals one password can run code on our critical servers.",
          remediationPlan: "Enforce MFA (authenticator app) on every VSA account; the rollout to the last two teams ends this quarter.",
        },
      },
      "console-exposed": {
        value: "yes",
        finding: { severity: "HIGH", status: "OPEN", description: "The VSA console and its API can be reached from the internet, as in the 2021 attack." },
      },
      "kill-switch": {
        value: "no",
        finding: { severity: "HIGH", status: "OPEN", description: "No documented, tested way to cut every customer off from the RMM platform at once if it is compromised." },
      },
      "upd-verified": {
        value: "no",
        finding: { severity: "MEDIUM", status: "OPEN", description: "Our servers install what the RMM agent delivers without checking a signature." },
      },
    },
  },
  {
    vendor: "Nimbus Cloud",
    template: "nis2-baseline",
    completedMonthsAgo: 2,
    facts: { "inc-notify-hours": 24, "bak-restore-date": monthsAgo(4), "sup-list": "Equinix (NL): data-centre space in Amsterdam. Atos (FR): after-hours operations desk." },
    weak: {
      "vuln-disclosure": {
        value: "no",
        finding: { severity: "LOW", status: "RESOLVED", description: "No published way for researchers to report vulnerabilities.", remediationPlan: "security.txt and a disclosure policy published." },
      },
    },
  },
  {
    vendor: "IdentiCloud",
    template: "general-security",
    completedMonthsAgo: 5,
    facts: { "cloud-providers": "Nimbus Cloud, Frankfurt and Amsterdam regions" },
    weak: {
      "gen-phishing": {
        value: "no",
        finding: { severity: "MEDIUM", status: "OPEN", description: "Staff with access to the identity platform are not tested with simulated phishing." },
      },
    },
  },
  {
    vendor: "PayFlow Payroll",
    template: "nis2-baseline",
    completedMonthsAgo: 3,
    facts: { "inc-notify-hours": 72, "bak-restore-date": monthsAgo(9), "sup-list": "Hetzner (DE): hosting. PrintPost (AT): payslip printing and mailing." },
    weak: {
      "inc-notify-contract": {
        value: "no",
        finding: { severity: "HIGH", status: "OPEN", description: "The 72-hour notification is promised in the questionnaire but not written into the contract." },
      },
      "mfa-remote": {
        value: "no",
        finding: {
          severity: "MEDIUM",
          status: "RISK_ACCEPTED",
          description: "Staff working remotely sign in to the office network with a password only.",
          acceptanceJustification: "Remote access reaches no payroll data (separate network); accepted until the VPN replacement in spring.",
        },
      },
    },
  },
];

/** The answer that earns the most points, for a question the vendor answered well. */
function bestAnswer(type: string, options: { key: string; score: number }[]): AnswerValue | null {
  const ranked = [...options].sort((a, b) => b.score - a.score);
  if (type === "YES_NO" || type === "SINGLE_CHOICE") return ranked[0]?.key ?? null;
  if (type === "MULTIPLE_CHOICE") return options.filter((o) => o.score > 0).map((o) => o.key);
  return null;
}

export async function seedDemoAssessments(organizationId: string, reviewerEmail: string, now = new Date()): Promise<number> {
  let created = 0;
  const org = await db().organization.findUniqueOrThrow({ where: { id: organizationId } });
  for (const spec of demoAssessments) {
    const vendor = await db().vendor.findUniqueOrThrow({ where: { organizationId_name: { organizationId, name: spec.vendor } } });
    const version = await db().templateVersion.findFirstOrThrow({ where: { organizationId, status: "PUBLISHED", template: { builtInKey: spec.template } }, orderBy: { number: "desc" } });
    if (await db().assessment.count({ where: { vendorId: vendor.id, templateVersionId: version.id, status: "COMPLETED" } })) continue;

    const content = parseContent(version.content);
    const answers: Record<string, AnswerValue | null> = {};
    const questions = content.sections.flatMap((s, si) => s.questions.map((q, qi) => ({ q, number: `${si + 1}.${qi + 1}` })));
    for (const { q } of questions) answers[q.key] = spec.weak[q.key]?.value ?? spec.facts[q.key] ?? bestAnswer(q.type, q.options);
    const score = scoreAssessment(content, answers);
    const completedAt = addMonths(now, -spec.completedMonthsAgo);
    const sentAt = addMonths(completedAt, -1);
    const vendorContact = await db().membership.findFirst({ where: { organizationId, vendorId: vendor.id, role: "VENDOR" }, select: { userId: true, user: { select: { email: true } } } });

    await db().$transaction(async (tx) => {
      const assessment = await tx.assessment.create({
        data: {
          organizationId,
          vendorId: vendor.id,
          templateVersionId: version.id,
          status: "COMPLETED",
          dueDate: daysAfter(21, sentAt),
          sentByEmail: reviewerEmail,
          sentAt,
          submittedAt: daysAfter(-6, completedAt),
          completedAt,
          score: score.overall,
          domainScores: score.domains as unknown as Prisma.InputJsonArray,
          ...(vendorContact ? { recipients: { create: { userId: vendorContact.userId } } } : {}),
        },
      });
      await tx.answer.createMany({
        data: questions
          .filter(({ q }) => answers[q.key] !== null && q.type !== "FILE")
          .map(({ q }) => ({
            organizationId,
            assessmentId: assessment.id,
            questionKey: q.key,
            value: answers[q.key] as Prisma.InputJsonValue,
            updatedByEmail: vendorContact?.user.email ?? null,
            verdict: spec.weak[q.key] ? "FINDING" : "ACCEPTED",
          })),
      });
      for (const { q, number } of questions) {
        const weak = spec.weak[q.key];
        if (!weak) continue;
        const { severity, status, description, remediationPlan, acceptanceJustification } = weak.finding;
        await tx.finding.create({
          data: {
            organizationId,
            vendorId: vendor.id,
            assessmentId: assessment.id,
            questionKey: q.key,
            title: `${CONTROL_DOMAINS[q.domain].label}: question ${number}`,
            description,
            severity,
            status,
            remediationPlan: remediationPlan ?? null,
            vendorRespondedAt: remediationPlan ? daysAfter(12, completedAt) : null,
            acceptanceJustification: acceptanceJustification ?? null,
            acceptedByEmail: acceptanceJustification ? reviewerEmail : null,
            acceptedUntil: acceptanceJustification ? addMonths(now, 4) : null,
            resolvedAt: status === "RESOLVED" ? addMonths(completedAt, 1) : null,
            dueDate: addMonths(completedAt, severity === "CRITICAL" ? 2 : 4),
            createdByEmail: reviewerEmail,
            createdAt: completedAt,
          },
        });
      }
      await tx.vendor.update({ where: { id: vendor.id }, data: { nextReviewDate: addMonths(completedAt, reviewMonthsFor(org, vendor.tier)) } });
    });
    created += 1;
  }
  return created;
}
