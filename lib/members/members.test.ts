import { describe, expect, it } from "vitest";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { createSession } from "@/lib/auth/session";
import { changeMemberRole, inviteMember, listMembers, MEMBERS_PAGE_SIZE, removeMember } from "./members";
import { inviteMemberSchema } from "./schema";

const BASE = "https://chainward.test";

describe("inviting members", () => {
  it("creates the user and membership, emails a set-password link and audits it", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    await inviteMember(actor, { email: "new.analyst@example.test", name: "New Analyst", role: "SECURITY_MANAGER" }, BASE);
    const user = await db().user.findUniqueOrThrow({ where: { email: "new.analyst@example.test" }, include: { memberships: true } });
    expect(user.memberships).toMatchObject([{ organizationId: org.id, role: "SECURITY_MANAGER" }]);
    const email = await db().outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    expect(email.text).toContain(`${BASE}/accept-invite?token=`);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { organizationId: org.id, action: "member.invited" } });
    expect(audit.after).toMatchObject({ email: user.email, role: "SECURITY_MANAGER" });
  });

  it("saves nothing when the invitation email cannot be sent", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    process.env.SMTP_URL = "smtp://127.0.0.1:9"; // nothing listens on the discard port
    try {
      await expect(inviteMember(actor, { email: "lost@example.test", name: "Lost", role: "EXECUTIVE" }, BASE)).rejects.toThrow(/could not be sent/);
    } finally {
      delete process.env.SMTP_URL;
    }
    expect(await db().user.count({ where: { email: "lost@example.test" } })).toBe(0);
    expect(await db().auditEvent.count({ where: { organizationId: org.id, action: "member.invited" } })).toBe(0);
  });

  it("binds a vendor contact to one vendor of the same organization", async () => {
    const org = await createOrganization();
    const other = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const foreignVendor = await createVendor(other.id);
    await expect(
      inviteMember(actor, { email: "v@example.test", name: "V", role: "VENDOR", vendorId: foreignVendor.id }, BASE),
    ).rejects.toThrow(ActionError);
    expect(await db().user.count({ where: { email: "v@example.test" } })).toBe(0);
  });

  it("requires a vendor for vendor contacts (schema)", () => {
    const parsed = inviteMemberSchema.safeParse({ email: "a@b.test", name: "A", role: "VENDOR" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["vendorId"]);
  });

  it("refuses a second membership of the same person", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const { user } = await createMember(org.id, "EXECUTIVE");
    await expect(inviteMember(actor, { email: user.email, name: "Again", role: "ADMIN" }, BASE)).rejects.toThrow(/already a member/);
  });

  it("is for administrators only", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    await expect(inviteMember(actor, { email: "x@example.test", name: "X", role: "ADMIN" }, BASE)).rejects.toThrow(ActionError);
    await expect(listMembers(actor)).rejects.toThrow(ActionError);
  });

  it("lists members a page at a time, staff before vendor contacts, each once", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const vendor = await createVendor(org.id);
    const emails = Array.from({ length: MEMBERS_PAGE_SIZE + 4 }, (_, i) => `contact-${i}-${org.id}@example.test`);
    await db().user.createMany({ data: emails.map((email) => ({ email, name: email })) });
    const users = await db().user.findMany({ where: { email: { in: emails } }, select: { id: true } });
    await db().membership.createMany({ data: users.map((u) => ({ userId: u.id, organizationId: org.id, name: u.id, role: "VENDOR" as const, vendorId: vendor.id, acceptedAt: new Date() })) });
    const first = await listMembers(actor, 1);
    expect(first).toMatchObject({ total: MEMBERS_PAGE_SIZE + 5, page: 1, pageCount: 2 });
    expect(first.members[0]!.role).toBe("ADMIN");
    const second = await listMembers(actor, 7);
    expect(second.page).toBe(2);
    const ids = [...first.members, ...second.members].map((m) => m.id);
    expect(new Set(ids).size).toBe(MEMBERS_PAGE_SIZE + 5);
  });
});

describe("changing roles and removing members", () => {
  it("changes a role, ends the member's sessions in this organization and records before and after", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const { membership, user } = await createMember(org.id, "SECURITY_MANAGER");
    await db().$transaction((tx) => createSession(tx, user.id, membership.id));
    await changeMemberRole(actor, { membershipId: membership.id, role: "EXECUTIVE" });
    expect(await db().session.count({ where: { membershipId: membership.id } })).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { organizationId: org.id, action: "member.role_changed" } });
    expect(audit.before).toMatchObject({ role: "SECURITY_MANAGER" });
    expect(audit.after).toMatchObject({ role: "EXECUTIVE" });
  });

  it("treats another organization's member as not found", async () => {
    const org = await createOrganization();
    const other = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const { membership } = await createMember(other.id, "SECURITY_MANAGER");
    await expect(changeMemberRole(actor, { membershipId: membership.id, role: "ADMIN" })).rejects.toThrow(/does not exist/);
    await expect(removeMember(actor, membership.id)).rejects.toThrow(/does not exist/);
    expect((await db().membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe("SECURITY_MANAGER");
  });

  it("keeps at least one administrator", async () => {
    const org = await createOrganization();
    const { actor, membership } = await createMember(org.id, "ADMIN");
    await expect(changeMemberRole(actor, { membershipId: membership.id, role: "EXECUTIVE" })).rejects.toThrow(/at least one administrator/);
    await expect(removeMember(actor, membership.id)).rejects.toThrow(/at least one administrator/);
  });

  it("removes a member and ends their sessions", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const { membership, user } = await createMember(org.id, "EXECUTIVE");
    await db().$transaction((tx) => createSession(tx, user.id, membership.id));
    await removeMember(actor, membership.id);
    expect(await db().membership.findUnique({ where: { id: membership.id } })).toBeNull();
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { organizationId: org.id, action: "member.removed" } })).toBe(1);
  });
});
