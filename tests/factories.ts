// Test data: every test builds its own organization, so tests never share mutable records.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/guard";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

const unique = () => randomBytes(4).toString("hex");

export async function createOrganization(name = `Org ${unique()}`) {
  return db().organization.create({ data: { name, slug: `org-${unique()}` } });
}

export async function createVendor(organizationId: string, name = `Vendor ${unique()}`) {
  return db().vendor.create({ data: { organizationId, name } });
}

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = "correct horse battery staple";

/**
 * A member in use: an accepted membership (pass `pending: true` for an invitation not yet accepted). Pass `user` to add
 * a membership to an existing person, who then belongs to several organizations.
 */
export async function createMember(organizationId: string, role: Role, options: { vendorId?: string; password?: boolean; pending?: boolean; user?: { id: string; email: string; name: string } } = {}) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const user = options.user ? await db().user.findUniqueOrThrow({ where: { id: options.user.id } }) : await db().user.create({
    data: {
      email: `${role.toLowerCase()}-${unique()}@example.test`,
      name: `${role} ${unique()}`,
      passwordHash: options.password === false || role === "VENDOR" ? null : await cachedHash,
    },
  });
  const membership = await db().membership.create({
    data: { userId: user.id, organizationId, name: user.name, role, vendorId: options.vendorId ?? null, acceptedAt: options.pending ? null : new Date() },
    include: { organization: true },
  });
  const actor: Actor = {
    sessionId: `test-${membership.id}`,
    userId: user.id,
    email: user.email,
    name: user.name,
    membershipId: membership.id,
    organizationId,
    organizationName: membership.organization.name,
    role,
    vendorId: options.vendorId ?? null,
    ip: "127.0.0.1",
  };
  return { user, membership, actor };
}
