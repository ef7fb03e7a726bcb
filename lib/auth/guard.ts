// The one place that turns a request into an Actor. Every page, server action and route handler starts here.
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { clientIp } from "@/lib/request";
import { auth } from "./index";
import type { Role } from "./roles";
import { resolveSession, type SessionClaims } from "./session";

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
  ip: string | null;
}

/** The signed-in caller, or null when there is no live session (signed out, idle, too old, revoked, removed, role changed). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { claims?: Partial<SessionClaims> } | null;
  const claims = session?.claims;
  if (!claims) return null;
  const membership = await resolveSession(claims);
  if (!membership) return null;
  return {
    sessionId: claims.sessionId!,
    userId: membership.userId,
    email: membership.user.email,
    name: membership.user.name,
    membershipId: membership.id,
    organizationId: membership.organizationId,
    organizationName: membership.organization.name,
    role: membership.role,
    vendorId: membership.role === "VENDOR" ? membership.vendorId : null,
    ip: await clientIp(),
  };
});

export async function requireActor(signInPath = "/sign-in"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(signInPath);
  return actor;
}

/** Callers without one of the roles get a 404: they learn nothing about what exists. */
export async function requireRole(...roles: Role[]): Promise<Actor> {
  const actor = await requireActor();
  if (!roles.includes(actor.role)) notFound();
  return actor;
}

/** A vendor contact, bound to its one supplier; signed-out callers go to the supplier sign-in page. */
export async function requireVendorContact(): Promise<Actor & { vendorId: string }> {
  const actor = await requireActor("/portal/sign-in");
  if (actor.role !== "VENDOR" || !actor.vendorId) notFound();
  return actor as Actor & { vendorId: string };
}
