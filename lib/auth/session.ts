// Server-side sessions: the cookie names a Session row, and every request checks it. A session ends after
// SESSION_IDLE_MINUTES without a request, SESSION_MAX_HOURS after sign-in, on sign-out, with the membership, or when
// the user's session version moves on (sign-out everywhere, a new password). A role change ends the sessions of that
// membership only: one organization's administrators never sign a person out of another organization.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readEnv } from "@/lib/env";
import type { Role } from "./roles";

/** How often lastSeenAt is written: often enough for the idle timeout, rarely enough to spare the database. */
const TOUCH_EVERY_MS = 60_000;

export function sessionTimeouts(env = readEnv()) {
  return { idleMs: env.SESSION_IDLE_MINUTES * 60_000, absoluteMs: env.SESSION_MAX_HOURS * 3_600_000 };
}

export async function createSession(tx: Prisma.TransactionClient, userId: string, membershipId: string): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await tx.session.create({ data: { id, userId, membershipId } });
  return id;
}

export interface SessionClaims {
  userId: string;
  membershipId: string;
  sessionVersion: number;
  sessionId: string;
}

/** What a live session stands for: its member, the member's user and organization. */
export interface LiveSession {
  sessionId: string;
  membershipId: string;
  userId: string;
  email: string;
  name: string;
  organizationId: string;
  organizationName: string;
  role: Role;
  vendorId: string | null;
  requireTotp: boolean;
  totpEnabled: boolean;
}

/** The member behind a live session, or null (and the expired session is removed). One query: it runs on every request. */
export async function resolveSession(claims: Partial<SessionClaims>, now = new Date(), timeouts = sessionTimeouts()): Promise<LiveSession | null> {
  if (typeof claims.sessionId !== "string" || typeof claims.userId !== "string" || typeof claims.membershipId !== "string") return null;
  const [row] = await db().$queryRaw<(LiveSession & { sessionVersion: number; lastSeenAt: Date; createdAt: Date })[]>`
    SELECT s.id AS "sessionId", s."membershipId", s."lastSeenAt", s."createdAt", u.id AS "userId", u.email, m.name,
           u."sessionVersion", u."totpEnabledAt" IS NOT NULL AS "totpEnabled", m."organizationId", m.role::text AS role,
           m."vendorId", o.name AS "organizationName", o."requireTotp"
    FROM "Session" s
    JOIN "Membership" m ON m.id = s."membershipId" AND m."userId" = s."userId" AND m."acceptedAt" IS NOT NULL
    JOIN "User" u ON u.id = m."userId"
    JOIN "Organization" o ON o.id = m."organizationId"
    WHERE s.id = ${claims.sessionId} AND s."userId" = ${claims.userId} AND s."membershipId" = ${claims.membershipId}`;
  if (!row || row.sessionVersion !== claims.sessionVersion) return null;
  const idle = now.getTime() - row.lastSeenAt.getTime();
  if (idle > timeouts.idleMs || now.getTime() - row.createdAt.getTime() > timeouts.absoluteMs) {
    await db().session.deleteMany({ where: { id: row.sessionId } });
    return null;
  }
  if (idle > TOUCH_EVERY_MS) await db().session.updateMany({ where: { id: row.sessionId }, data: { lastSeenAt: now } });
  const { sessionId, membershipId, userId, email, name, organizationId, organizationName, role, vendorId, requireTotp, totpEnabled } = row;
  return { sessionId, membershipId, userId, email, name, organizationId, organizationName, role, vendorId, requireTotp, totpEnabled };
}

export async function endSession(sessionId: string) {
  await db().session.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of one membership (its role changed): the person's sessions in other organizations go on. */
export async function endMembershipSessions(tx: Prisma.TransactionClient, membershipId: string) {
  await tx.session.deleteMany({ where: { membershipId } });
}

/** Removes sessions that can no longer be used (the job runs it). */
export async function purgeSessions(now = new Date(), timeouts = sessionTimeouts()) {
  const { count } = await db().session.deleteMany({
    where: { OR: [{ lastSeenAt: { lt: new Date(now.getTime() - timeouts.idleMs) } }, { createdAt: { lt: new Date(now.getTime() - timeouts.absoluteMs) } }] },
  });
  return count;
}
