// The one place that turns a request into an Actor. Every page, server action and route handler starts here.
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { auditActor, recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { clientIp } from "@/lib/request";
import { sessionClaims } from "./index";
import type { Role } from "./roles";
import { resolveSession } from "./session";

export interface Actor {
  sessionId: string;
  userId: string;
  email: string;
  name: string;
  membershipId: string;
  organizationId: string;
  organizationName: string;
  role: Role;
  /** Set for VENDOR members only: the one supplier they act for. */
  vendorId: string | null;
  /** Staff of an organization that requires a second factor, who have not set one up yet: they may only do that. */
  mustEnrollTotp?: boolean;
  ip: string | null;
}

/** The signed-in caller, or null when there is no live session (signed out, idle, too old, revoked, removed, role changed). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;
  const session = await resolveSession(claims);
  if (!session) return null;
  return {
    sessionId: session.sessionId,
    userId: session.userId,
    email: session.email,
    name: session.name,
    membershipId: session.membershipId,
    organizationId: session.organizationId,
    organizationName: session.organizationName,
    role: session.role,
    vendorId: session.role === "VENDOR" ? session.vendorId : null,
    mustEnrollTotp: session.role !== "VENDOR" && session.requireTotp && !session.totpEnabled,
    ip: await clientIp(),
  };
});

export async function requireActor(signInPath = "/sign-in"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(signInPath);
  return actor;
}

export const TWO_STEP_SETUP_PATH = "/account/two-step";

/** Callers without one of the roles get a 404: they learn nothing about what exists. */
export async function requireRole(...roles: Role[]): Promise<Actor> {
  const actor = await requireRoleDuringEnrollment(...roles);
  if (actor.mustEnrollTotp) redirect(TWO_STEP_SETUP_PATH);
  return actor;
}

/** The same, for what a member must reach before a required second factor is set up: its set-up page and the frame. */
export async function requireRoleDuringEnrollment(...roles: Role[]): Promise<Actor> {
  const actor = await requireActor();
  if (!roles.includes(actor.role)) {
    await recordRefusal(actor, roles);
    notFound();
  }
  return actor;
}

/** A signed-in member reaching for something the role does not allow: on the log and in the audit trail. */
async function recordRefusal(actor: Actor, allowed: Role[]) {
  log.warn({ event: "access_refused", userId: actor.userId, role: actor.role, allowed }, "access refused");
  await db().$transaction((tx) => recordAudit(tx, { ...auditActor(actor), action: "auth.access_refused", entityType: "Membership", entityId: actor.membershipId, after: { role: actor.role, allowed } }));
}

/** A vendor contact, bound to its one supplier; signed-out callers go to the supplier sign-in page. */
export async function requireVendorContact(): Promise<Actor & { vendorId: string }> {
  const actor = await requireActor("/portal/sign-in");
  if (actor.role !== "VENDOR" || !actor.vendorId) {
    await recordRefusal(actor, ["VENDOR"]);
    notFound();
  }
  return actor as Actor & { vendorId: string };
}
