// Outgoing email: through SMTP when SMTP_URL is set, otherwise kept in the outbox table (shown to admins).
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readEnv } from "@/lib/env";

export interface Email {
  to: string;
  subject: string;
  text: string;
  organizationId?: string | null;
}

export const smtpConfigured = () => !!readEnv().SMTP_URL;

let transport: { url: string; mailer: nodemailer.Transporter } | undefined;

/** Pass the open transaction when there is one: the outbox row then commits (or rolls back) with it. */
export async function sendEmail(email: Email, tx?: Prisma.TransactionClient): Promise<void> {
  const env = readEnv();
  if (env.SMTP_URL) {
    if (transport?.url !== env.SMTP_URL) transport = { url: env.SMTP_URL, mailer: nodemailer.createTransport(env.SMTP_URL) };
    await transport.mailer.sendMail({ from: env.EMAIL_FROM, to: email.to, subject: email.subject, text: email.text });
    return;
  }
  await (tx ?? db()).outboxEmail.create({
    data: { to: email.to, subject: email.subject, text: email.text, organizationId: email.organizationId ?? null },
  });
}
