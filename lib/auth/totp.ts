// The second factor for staff: a TOTP authenticator app (RFC 6238, 30-second steps, 6 digits, SHA-1 as every app
// supports), with ten single-use recovery codes. A code is accepted once: the step it belongs to is remembered.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import { auditActor, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { verifyPassword } from "./password";
import { authSecret } from "./secret";

const ISSUER = "Chainward";
const PERIOD = 30;
const RECOVERY_CODES = 10;

// ---- the secret at rest ------------------------------------------------------------------------------------------

const key = () => Buffer.from(hkdfSync("sha256", authSecret(), "chainward", "totp-secret-v1", 32));

export function sealSecret(base32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), sealed.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

export function openSecret(sealed: string): string {
  const [version, iv, data, tag] = sealed.split(".");
  if (version !== "v1" || !iv || !data || !tag) throw new Error("Unreadable second-factor secret");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

const totpFor = (base32: string, label = "") => new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(base32) });

/** The time step a code belongs to (within one step of now), or null. */
export function matchingStep(base32: string, code: string, now = Date.now()): number | null {
  const delta = totpFor(base32).validate({ token: code.replace(/\s/g, ""), timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta;
}

/** A valid code for a moment (tests and the demo use it; apps compute the same). */
export const codeAt = (base32: string, now = Date.now()) => totpFor(base32).generate({ timestamp: now });

// ---- recovery codes ----------------------------------------------------------------------------------------------

const hashCode = (code: string) => createHash("sha256").update(code.toLowerCase().replace(/[^a-z0-9]/g, "")).digest("hex");
const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(code.trim());

async function newRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  await tx.recoveryCode.deleteMany({ where: { userId } });
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const codes = Array.from({ length: RECOVERY_CODES }, () => {
    const chars = [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashCode(c) })) });
  return codes;
}

// ---- sign-in -----------------------------------------------------------------------------------------------------

/**
 * Checks a code at sign-in: a TOTP code not used before, or an unused recovery code. Atomic, so two sign-ins with the
 * same code cannot both pass. Returns how it passed, or null.
 */
export async function verifySecondFactor(tx: Prisma.TransactionClient, user: { id: string; totpSecret: string | null }, code: string, now = Date.now()): Promise<"totp" | "recovery" | null> {
  if (!user.totpSecret) return null;
  const trimmed = code.trim();
  if (/^\d{6}$/.test(trimmed.replace(/\s/g, ""))) {
    const step = matchingStep(openSecret(user.totpSecret), trimmed, now);
    if (step === null) return null;
    const { count } = await tx.user.updateMany({ where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] }, data: { totpLastStep: step } });
    return count === 1 ? "totp" : null;
  }
  if (!looksLikeRecoveryCode(trimmed)) return null;
  const { count } = await tx.recoveryCode.updateMany({ where: { userId: user.id, codeHash: hashCode(trimmed), usedAt: null }, data: { usedAt: new Date(now) } });
  return count === 1 ? "recovery" : null;
}

// ---- enrolment (the account page) ------------------------------------------------------------------------------

async function assertPassword(actor: Actor, password: string) {
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) throw new ActionError("That is not your current password.", "password");
  return user;
}

/** Starts (or restarts) setting up an authenticator: a new pending secret, shown as a QR code and as text. */
export async function startTotpEnrollment(actor: Actor) {
  if (actor.role === "VENDOR") throw new ActionError("Supplier contacts sign in with email links.");
  const base32 = new Secret({ size: 20 }).base32;
  await db().user.update({ where: { id: actor.userId }, data: { totpPending: sealSecret(base32) } });
}

/** What the account page shows while setting up: the QR code (SVG) and the key to type by hand. */
export async function pendingEnrollment(actor: Actor) {
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!user.totpPending) return null;
  const base32 = openSecret(user.totpPending);
  const uri = totpFor(base32, user.email).toString();
  return { key: base32.match(/.{1,4}/g)!.join(" "), qrSvg: await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) };
}

/** Proves the pending secret with a code and the password; returns the recovery codes, shown once. */
export async function confirmTotpEnrollment(actor: Actor, input: { password: string; code: string }): Promise<string[]> {
  const user = await assertPassword(actor, input.password);
  if (!user.totpPending) throw new ActionError("Start the set-up first.");
  const step = matchingStep(openSecret(user.totpPending), input.code);
  if (step === null) throw new ActionError("That code does not match. Check the time on your phone and enter the current code.", "code");
  return db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: user.totpPending, totpPending: null, totpEnabledAt: new Date(), totpLastStep: step } });
    const codes = await newRecoveryCodes(tx, user.id);
    await recordAudit(tx, { ...auditActor(actor), action: "auth.second_factor_enabled", entityType: "User", entityId: user.id });
    return codes;
  });
}

export async function regenerateRecoveryCodes(actor: Actor, input: { password: string }): Promise<string[]> {
  const user = await assertPassword(actor, input.password);
  if (!user.totpEnabledAt) throw new ActionError("Set up two-step sign-in first.");
  return db().$transaction(async (tx) => {
    const codes = await newRecoveryCodes(tx, user.id);
    await recordAudit(tx, { ...auditActor(actor), action: "auth.recovery_codes_renewed", entityType: "User", entityId: user.id });
    return codes;
  });
}

export async function disableTotp(actor: Actor, input: { password: string }) {
  const user = await assertPassword(actor, input.password);
  const org = await db().organization.findUniqueOrThrow({ where: { id: actor.organizationId } });
  if (org.requireTotp) throw new ActionError("Your organization requires two-step sign-in; it cannot be turned off.");
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: null, totpPending: null, totpEnabledAt: null, totpLastStep: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, { ...auditActor(actor), action: "auth.second_factor_disabled", entityType: "User", entityId: user.id });
  });
}

/** What the two-step page shows: whether the person has a second factor and whether the organization requires one. */
export async function twoStepStatus(actor: Actor) {
  const [user, org] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { totpEnabledAt: true } }),
    db().organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { requireTotp: true } }),
  ]);
  return { enabledAt: user.totpEnabledAt, required: org.requireTotp };
}

export async function unusedRecoveryCodes(actor: Actor) {
  return db().recoveryCode.count({ where: { userId: actor.userId, usedAt: null } });
}
