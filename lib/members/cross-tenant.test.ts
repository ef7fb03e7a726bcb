// One person, several organizations: another organization's administrator is the attacker. Each test reproduces an
// attack found in a penetration test (account takeover through a pending invitation, forced sign-out, telling accounts
// apart) and shows it no longer works.
import { describe, expect, it } from "vitest";
import { acceptStaffInvitation, describeInvitation } from "@/lib/auth/invitation";
import { createSession, resolveSession } from "@/lib/auth/session";
import { newBrowserValue } from "@/lib/auth/tokens";
import { authenticateWithMagicLink, authenticateWithPassword, organizationsForSignIn, requestSignInCode, switchOrganization } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { createMember, createOrganization, createVendor, TEST_PASSWORD } from "@/tests/factories";
import { changeMemberRole, inviteMember, listMembers, removeMember } from "./members";

const BASE = "https://chainward.test";
const ATTACKER_PASSWORD = "attacker chose this one";

/** The token in the newest invitation email in an organization's outbox (what its administrator can read). */
async function invitationToken(organizationId: string, to: string) {
  const email = await db().outboxEmail.findFirstOrThrow({ where: { organizationId, to }, orderBy: { createdAt: "desc" } });
  return decodeURIComponent(email.text.match(/accept-invite\?token=([\w%-]+)/)![1]!);
}

async function signedIn(userId: string, membershipId: string) {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
  const sessionId = await db().$transaction((tx) => createSession(tx, userId, membershipId));
  return { userId, membershipId, sessionVersion: user.sessionVersion, sessionId };
}

const unique = () => Math.random().toString(36).slice(2, 10);

describe("a pending invitation cannot be taken over from another organization", () => {
  it("B's invitation of an address A invited first sets no password, and B's administrator never reaches A", async () => {
    const a = await createOrganization();
    const b = await createOrganization();
    const adminA = await createMember(a.id, "ADMIN");
    const adminB = await createMember(b.id, "ADMIN");
    const email = `newhire-${unique()}@a.example`;
    await inviteMember(adminA.actor, { email, name: "New Hire", role: "ADMIN" }, BASE);
    await inviteMember(adminB.actor, { email, name: "New Hire", role: "EXECUTIVE" }, BASE);

    // B's administrator opens the link from B's outbox and tries to choose the password.
    const tokenB = await invitationToken(b.id, email);
    expect((await describeInvitation(tokenB))?.step).toBe("first_invitation_pending");
    expect(await acceptStaffInvitation(tokenB, ATTACKER_PASSWORD, null)).toBe("first_invitation_pending");
    expect((await db().user.findUniqueOrThrow({ where: { email } })).passwordHash).toBeNull();
    expect(await authenticateWithPassword(email, ATTACKER_PASSWORD, null)).toEqual({ ok: false, reason: "invalid" });

    // The real person accepts A's invitation; B's token now needs that password, which the attacker does not have.
    expect(await acceptStaffInvitation(await invitationToken(a.id, email), TEST_PASSWORD, null)).toBe("accepted");
    expect(await acceptStaffInvitation(tokenB, ATTACKER_PASSWORD, null)).toBe("wrong_password");
    const signIn = await authenticateWithPassword(email, TEST_PASSWORD, null);
    const membershipA = await db().membership.findFirstOrThrow({ where: { organizationId: a.id, user: { email } } });
    expect(signIn).toMatchObject({ ok: true, claims: { membershipId: membershipA.id } });
    // A's audit trail knows nothing of B's invitation.
    expect(await db().auditEvent.count({ where: { organizationId: a.id, actorEmail: email, action: "user.invitation_accepted" } })).toBe(1);
  });

  it("an account B created first opens only B: A's pending membership needs A's own token", async () => {
    const a = await createOrganization();
    const b = await createOrganization();
    const adminA = await createMember(a.id, "ADMIN");
    const adminB = await createMember(b.id, "ADMIN");
    const email = `squatted-${unique()}@a.example`;
    await inviteMember(adminB.actor, { email, name: "Squatted", role: "EXECUTIVE" }, BASE);
    expect(await acceptStaffInvitation(await invitationToken(b.id, email), ATTACKER_PASSWORD, null)).toBe("accepted");
    await inviteMember(adminA.actor, { email, name: "Real person", role: "ADMIN" }, BASE);

    const attempt = await authenticateWithPassword(email, ATTACKER_PASSWORD, null, undefined, a.id);
    const membershipB = await db().membership.findFirstOrThrow({ where: { organizationId: b.id, user: { email } } });
    expect(attempt).toMatchObject({ ok: true, claims: { membershipId: membershipB.id } });
    expect(await organizationsForSignIn(email)).toEqual([{ id: b.id, name: b.name }]);
    // A session forged for A's pending membership opens nothing.
    const membershipA = await db().membership.findFirstOrThrow({ where: { organizationId: a.id, user: { email } } });
    expect(await resolveSession(await signedIn(membershipA.userId, membershipA.id))).toBeNull();
    // Nor can B's session switch into it.
    const session = await resolveSession(await signedIn(membershipB.userId, membershipB.id));
    expect(await switchOrganization(session!, a.id, null)).toEqual({ ok: false, reason: "invalid" });
  });

  it("choosing the first password ends every other session of the person", async () => {
    const org = await createOrganization();
    const vendor = await createVendor(org.id);
    const admin = await createMember(org.id, "ADMIN");
    const contact = await createMember(org.id, "VENDOR", { vendorId: vendor.id });
    const portalSession = await signedIn(contact.user.id, contact.membership.id);
    const staffOrg = await createOrganization();
    const staffAdmin = await createMember(staffOrg.id, "ADMIN");
    await inviteMember(staffAdmin.actor, { email: contact.user.email, name: "Consultant", role: "EXECUTIVE" }, BASE);
    expect(await acceptStaffInvitation(await invitationToken(staffOrg.id, contact.user.email), TEST_PASSWORD, null)).toBe("accepted");
    expect(await resolveSession(portalSession)).toBeNull();
    expect(admin.actor.organizationId).toBe(org.id);
  });
});

describe("one organization's administrators cannot sign a person out of another, or tell accounts apart", () => {
  it("inviting, changing the role of and removing a person in B leaves the person's session in A alive", async () => {
    const a = await createOrganization();
    const b = await createOrganization();
    const executiveA = await createMember(a.id, "EXECUTIVE");
    const adminB = await createMember(b.id, "ADMIN");
    const sessionA = await signedIn(executiveA.user.id, executiveA.membership.id);

    await inviteMember(adminB.actor, { email: executiveA.user.email, name: "Their executive", role: "SECURITY_MANAGER" }, BASE);
    const membershipB = await db().membership.findFirstOrThrow({ where: { organizationId: b.id, userId: executiveA.user.id } });
    expect(membershipB.acceptedAt).toBeNull();
    await changeMemberRole(adminB.actor, { membershipId: membershipB.id, role: "EXECUTIVE" });
    expect(await resolveSession(sessionA)).not.toBeNull();
    await removeMember(adminB.actor, membershipB.id);
    expect(await resolveSession(sessionA)).not.toBeNull();
  });

  it("a role change ends the sessions of that membership only, even once the person has accepted both", async () => {
    const a = await createOrganization();
    const b = await createOrganization();
    const person = await createMember(a.id, "SECURITY_MANAGER");
    const adminB = await createMember(b.id, "ADMIN");
    const inB = await createMember(b.id, "SECURITY_MANAGER", { user: person.user });
    const sessionA = await signedIn(person.user.id, person.membership.id);
    const sessionB = await signedIn(person.user.id, inB.membership.id);
    await changeMemberRole(adminB.actor, { membershipId: inB.membership.id, role: "EXECUTIVE" });
    expect(await resolveSession(sessionB)).toBeNull();
    expect(await resolveSession(sessionA)).toMatchObject({ organizationId: a.id, role: "SECURITY_MANAGER" });
  });

  it("B's outbox and member list read the same for an address with an account elsewhere and one without", async () => {
    const a = await createOrganization();
    const b = await createOrganization();
    const known = await createMember(a.id, "ADMIN");
    const adminB = await createMember(b.id, "ADMIN");
    const fresh = `fresh-${unique()}@example.test`;
    await inviteMember(adminB.actor, { email: known.user.email, name: "Person One", role: "EXECUTIVE" }, BASE);
    await inviteMember(adminB.actor, { email: fresh, name: "Person One", role: "EXECUTIVE" }, BASE);
    const emails = await db().outboxEmail.findMany({ where: { organizationId: b.id }, orderBy: { createdAt: "asc" } });
    const shape = (text: string) => text.replace(/token=[\w%-]+/, "token=…");
    expect(emails.map((e) => e.subject)).toEqual([emails[0]!.subject, emails[0]!.subject]);
    expect(shape(emails[0]!.text)).toBe(shape(emails[1]!.text));
    const { members } = await listMembers(adminB.actor);
    const rows = members.filter((m) => m.role === "EXECUTIVE").map((m) => ({ name: m.name, acceptedAt: m.acceptedAt, lastSignInAt: m.lastSignInAt }));
    expect(rows).toEqual([
      { name: "Person One", acceptedAt: null, lastSignInAt: null },
      { name: "Person One", acceptedAt: null, lastSignInAt: null },
    ]);
  });
});

describe("a person in several organizations chooses one", () => {
  it("password sign-in asks which organization, opens the chosen one, and the person can switch", async () => {
    const a = await createOrganization(`Alpha ${unique()}`);
    const b = await createOrganization(`Beta ${unique()}`);
    const inA = await createMember(a.id, "SECURITY_MANAGER");
    const inB = await createMember(b.id, "EXECUTIVE", { user: inA.user });
    expect(await authenticateWithPassword(inA.user.email, TEST_PASSWORD, null)).toEqual({ ok: false, reason: "choose_organization" });
    expect(await organizationsForSignIn(inA.user.email)).toEqual([
      { id: a.id, name: a.name },
      { id: b.id, name: b.name },
    ]);
    const intoB = await authenticateWithPassword(inA.user.email, TEST_PASSWORD, null, undefined, b.id);
    expect(intoB).toMatchObject({ ok: true, claims: { membershipId: inB.membership.id } });
    const live = await resolveSession((intoB as { claims: Parameters<typeof resolveSession>[0] }).claims);
    const switched = await switchOrganization(live!, a.id, null);
    expect(switched).toMatchObject({ ok: true, claims: { membershipId: inA.membership.id } });
    // The session left behind ended; the new one is A's.
    expect(await resolveSession((intoB as { claims: Parameters<typeof resolveSession>[0] }).claims)).toBeNull();
    expect(await resolveSession((switched as { claims: Parameters<typeof resolveSession>[0] }).claims)).toMatchObject({ organizationId: a.id });
  });

  it("a supplier contact of two organizations gets one code and link per organization, each in that organization's outbox", async () => {
    const a = await createOrganization();
    const b = await createOrganization();
    const contactA = await createMember(a.id, "VENDOR", { vendorId: (await createVendor(a.id)).id });
    const contactB = await createMember(b.id, "VENDOR", { vendorId: (await createVendor(b.id)).id, user: contactA.user, pending: true });
    expect(await requestSignInCode(contactA.user.email, newBrowserValue(), null, BASE)).toEqual({ result: "sent" });
    const linkIn = async (organizationId: string) => {
      const email = await db().outboxEmail.findFirstOrThrow({ where: { organizationId, to: contactA.user.email } });
      return decodeURIComponent(email.text.match(/verify\?token=([\w%-]+)/)![1]!);
    };
    // B's administrator reads B's link: it opens B (and accepts B's membership), never A.
    const viaB = await authenticateWithMagicLink(await linkIn(b.id), null);
    expect(viaB).toMatchObject({ ok: true, claims: { membershipId: contactB.membership.id } });
    expect((await db().membership.findUniqueOrThrow({ where: { id: contactB.membership.id } })).acceptedAt).not.toBeNull();
    expect(await authenticateWithMagicLink(await linkIn(a.id), null)).toMatchObject({ ok: true, claims: { membershipId: contactA.membership.id } });
  });
});
