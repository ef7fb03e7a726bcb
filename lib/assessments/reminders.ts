// Reminders to vendor contacts 7, 3 and 1 days before an assessment is due and once when it is overdue. A row in
// AssessmentReminder (primary key: assessment + kind) is written in the same transaction as the emails, so a
// reminder is sent at most once even when several app instances run the job at the same moment.
import { db } from "@/lib/db";
import { recipientLocale, wordsFor } from "@/lib/i18n/translate";
import { sendEmail } from "@/lib/email";
import { Prisma, type ReminderKind } from "@/lib/generated/prisma/client";
import { OPEN_STATUSES } from "./assessments";
import { daysAfter, daysUntil } from "@/lib/dates";
import { portalLinkFor } from "@/lib/vendors/portal-accounts";

/** The most urgent reminder due `daysLeft` days before the due date; earlier ones are not sent late. */
export function reminderKindFor(daysLeft: number): ReminderKind | null {
  if (daysLeft < 0) return "OVERDUE";
  if (daysLeft <= 1) return "DAYS_1";
  if (daysLeft <= 3) return "DAYS_3";
  if (daysLeft <= 7) return "DAYS_7";
  return null;
}

const URGENCY: ReminderKind[] = ["DAYS_7", "DAYS_3", "DAYS_1", "OVERDUE"];

export async function sendAssessmentReminders(now: Date, baseUrl: string) {
  const horizon = daysAfter(7, now);
  const candidates = await db().assessment.findMany({
    where: { status: { in: OPEN_STATUSES }, dueDate: { lte: horizon } },
    include: {
      reminders: true,
      vendor: { select: { name: true } },
      organization: { select: { name: true } },
      templateVersion: { select: { template: { select: { name: true } } } },
      recipients: { include: { user: { select: { email: true, memberships: { select: { organizationId: true, name: true, locale: true } } } } } },
    },
  });
  let sent = 0;
  for (const a of candidates) {
    const daysLeft = daysUntil(a.dueDate, now);
    const kind = reminderKindFor(daysLeft);
    if (!kind) continue;
    // Once a more urgent reminder went out, a less urgent one never follows.
    if (a.reminders.some((r) => URGENCY.indexOf(r.kind) >= URGENCY.indexOf(kind))) continue;
    try {
      await db().$transaction(async (tx) => {
        await tx.assessmentReminder.create({ data: { assessmentId: a.id, kind } });
        for (const r of a.recipients) {
          const membership = r.user.memberships.find((m) => m.organizationId === a.organizationId);
          // In the contact's language.
          const { t, day } = wordsFor(recipientLocale(membership?.locale));
          const due = day(a.dueDate);
          const when = daysLeft < 0 ? t("emails.reminder.overdue", { due }) : daysLeft === 0 ? t("emails.reminder.dueToday") : t("emails.reminder.dueIn", { due, days: daysLeft });
          const names = { template: a.templateVersion.template.name, organization: a.organization.name };
          await sendEmail(
            {
              to: r.user.email,
              organizationId: a.organizationId,
              subject: t("emails.reminder.subject", { ...names, overdue: daysLeft < 0 ? "yes" : "no" }),
              text: [
                t("emails.greeting", { name: membership?.name ?? "" }),
                "",
                t("emails.reminder.body", { ...names, vendor: a.vendor.name, when }),
                "",
                await portalLinkFor(tx, baseUrl, a.organizationId, r.user.email, `/portal/assessments/${a.id}`),
              ].join("\n"),
            },
            tx,
          );
        }
      });
      sent += 1;
    } catch (error) {
      // Another instance sent this reminder first.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
  return sent;
}
