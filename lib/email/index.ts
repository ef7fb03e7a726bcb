// Outgoing email: through SMTP when SMTP_URL is set, otherwise kept in the outbox table (shown to admins).
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { readEnv } from "@/lib/env";

export interface Email {
  to: string;
  subject: string;
  text: string;
  organizationId?: string | null;
}

export const smtpConfigured = () => !!readEnv().SMTP_URL;

let transport: nodemailer.Transporter | undefined;

export async function sendEmail(email: Email): Promise<void> {
  const env = readEnv();
  if (env.SMTP_URL) {
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.EMAIL_FROM, to: email.to, subject: email.subject, text: email.text });
    return;
  }
  await db().outboxEmail.create({
    data: { to: email.to, subject: email.subject, text: email.text, organizationId: email.organizationId ?? null },
  });
}
