// Server-side sessions: the cookie names a Session row, and every request checks it. A session ends after
// SESSION_IDLE_MINUTES without a request, SESSION_MAX_HOURS after sign-in, on sign-out, with the membership, or when
// the user's session version moves on (sign-out everywhere, role change).
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readEnv } from "@/lib/env";

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

/** The membership behind a live session, or null (and the expired session is removed). */
export async function resolveSession(claims: Partial<SessionClaims>, now = new Date(), timeouts = sessionTimeouts()) {
  if (typeof claims.sessionId !== "string" || typeof claims.userId !== "string" || typeof claims.membershipId !== "string") return null;
  const session = await db().session.findUnique({
    where: { id: claims.sessionId },
    include: { membership: { include: { user: true, organization: true } } },
  });
  if (!session || session.userId !== claims.userId || session.membershipId !== claims.membershipId) return null;
  if (session.membership.user.sessionVersion !== claims.sessionVersion) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (idle > timeouts.idleMs || now.getTime() - session.createdAt.getTime() > timeouts.absoluteMs) {
    await db().session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (idle > TOUCH_EVERY_MS) await db().session.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } });
  return session.membership;
}

export async function endSession(sessionId: string) {
  await db().session.deleteMany({ where: { id: sessionId } });
}

/** Removes sessions that can no longer be used (the job runs it). */
export async function purgeSessions(now = new Date(), timeouts = sessionTimeouts()) {
  const { count } = await db().session.deleteMany({
    where: { OR: [{ lastSeenAt: { lt: new Date(now.getTime() - timeouts.idleMs) } }, { createdAt: { lt: new Date(now.getTime() - timeouts.absoluteMs) } }] },
  });
  return count;
}
