// The one place that turns a request into an Actor. Every page, server action and route handler starts here.
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/request";
import { auth } from "./index";
import type { Role } from "./roles";

export interface Actor {
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

interface Claims {
  userId?: unknown;
  membershipId?: unknown;
  sessionVersion?: unknown;
}

/** The signed-in caller, or null when there is no valid session (signed out, revoked, removed, role changed). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { claims?: Claims } | null;
  const claims = session?.claims;
  if (!claims || typeof claims.userId !== "string" || typeof claims.membershipId !== "string") return null;
  const membership = await db().membership.findUnique({
    where: { id: claims.membershipId },
    include: { user: true, organization: true },
  });
  if (!membership || membership.userId !== claims.userId) return null;
  if (membership.user.sessionVersion !== claims.sessionVersion) return null;
  return {
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
