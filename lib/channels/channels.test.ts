import { describe, expect, it } from "vitest";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { db } from "@/lib/db";
import { ActionError, ConflictError, NotFoundError } from "@/lib/errors";
import { createSystem, deleteSystem } from "@/lib/systems/systems";
import { createChannel, listChannelsForVendor, setChannelDisabled, updateChannel } from "./channels";
import { canPushCode, hygieneGaps } from "./exposure";
import { channelFields } from "./schema";

const fields = (extra: Record<string, unknown> = {}) =>
  channelFields.parse({ name: "RMM agent", kind: "RMM", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", alwaysOn: "on", ...extra });

async function setup() {
  const org = await createOrganization();
  const { actor } = await createMember(org.id, "SECURITY_MANAGER");
  const vendor = await createVendor(org.id);
  const erp = await createSystem(actor, { name: "ERP", description: null, criticality: "CRITICAL", owner: null });
  const wiki = await createSystem(actor, { name: "Wiki", description: null, criticality: "LOW", owner: null });
  return { org, actor, vendor, erp, wiki };
}

describe("access channels", () => {
  it("records a channel with the systems it reaches, and audits it on the vendor's history", async () => {
    const { org, actor, vendor, erp, wiki } = await setup();
    const channel = await createChannel(actor, vendor.id, fields({ systemIds: [erp.id, wiki.id], tool: "Kaseya VSA", toolVersion: "9.5.6" }));
    const [listed] = await listChannelsForVendor(actor, vendor.id);
    expect(listed?.systems.map((s) => s.system.name).sort()).toEqual(["ERP", "Wiki"]);
    expect(await db().auditEvent.count({ where: { organizationId: org.id, vendorId: vendor.id, action: "channel.created", entityId: channel.id } })).toBe(1);
  });

  it("accepts a single checked system as well as several, and refuses a channel that reaches none", () => {
    expect(fields({ systemIds: "abc" }).systemIds).toEqual(["abc"]);
    expect(fields({ systemIds: ["abc", "def"] }).systemIds).toEqual(["abc", "def"]);
    for (const none of [undefined, "", []]) {
      const refused = channelFields.safeParse({ name: "RMM agent", kind: "RMM", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", systemIds: none });
      expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["systemIds", "Choose at least one system this channel reaches"]]);
    }
  });

  it("refuses systems of another organization", async () => {
    const { actor, vendor } = await setup();
    const other = await setup();
    await expect(createChannel(actor, vendor.id, fields({ systemIds: [other.erp.id] }))).rejects.toMatchObject({ field: "systemIds" });
    expect(await db().accessChannel.count({ where: { vendorId: vendor.id } })).toBe(0);
  });

  it("replaces the systems on update, refuses a stale version, and records what changed", async () => {
    const { actor, vendor, erp, wiki } = await setup();
    const channel = await createChannel(actor, vendor.id, fields({ systemIds: [erp.id] }));
    await updateChannel(actor, channel.id, 1, fields({ systemIds: [wiki.id], mfaEnforced: "on" }));
    await expect(updateChannel(actor, channel.id, 1, fields({ systemIds: [erp.id] }))).rejects.toBeInstanceOf(ConflictError);
    const links = await db().channelSystem.findMany({ where: { channelId: channel.id } });
    expect(links.map((l) => l.systemId)).toEqual([wiki.id]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: channel.id, action: "channel.updated" } });
    expect(audit.before).toEqual({ mfaEnforced: false, systemIds: [erp.id] });
    expect(audit.after).toEqual({ mfaEnforced: true, systemIds: [wiki.id] });
  });

  it("disables with a reason and date, and enables again, keeping the channel", async () => {
    const { actor, vendor, erp } = await setup();
    const channel = await createChannel(actor, vendor.id, fields({ systemIds: [erp.id] }));
    await setChannelDisabled(actor, channel.id, "Contract ended");
    let row = await db().accessChannel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(row.disabledReason).toBe("Contract ended");
    expect(row.disabledAt).toBeInstanceOf(Date);
    await setChannelDisabled(actor, channel.id, null);
    row = await db().accessChannel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(row.disabledAt).toBeNull();
    expect(await db().auditEvent.count({ where: { entityId: channel.id, action: { in: ["channel.disabled", "channel.enabled"] } } })).toBe(2);
  });

  it("keeps channels when a system they reach is removed", async () => {
    const { actor, vendor, erp } = await setup();
    const channel = await createChannel(actor, vendor.id, fields({ systemIds: [erp.id] }));
    await deleteSystem(actor, erp.id);
    expect(await db().accessChannel.count({ where: { id: channel.id } })).toBe(1);
    expect(await db().channelSystem.count({ where: { channelId: channel.id } })).toBe(0);
  });

  it("is read-only for executives and invisible across organizations", async () => {
    const { org, actor, vendor, erp } = await setup();
    const { actor: executive } = await createMember(org.id, "EXECUTIVE");
    await expect(createChannel(executive, vendor.id, fields({ systemIds: [erp.id] }))).rejects.toBeInstanceOf(ActionError);
    const channel = await createChannel(actor, vendor.id, fields({ systemIds: [erp.id] }));
    const other = await setup();
    await expect(setChannelDisabled(other.actor, channel.id, "hostile")).rejects.toBeInstanceOf(NotFoundError);
    await expect(createChannel(other.actor, vendor.id, fields({ systemIds: [other.erp.id] }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await listChannelsForVendor(other.actor, vendor.id)).toEqual([]);
  });
});

describe("channel exposure", () => {
  it("counts code execution, and vendor-initiated RMM, update push and agents, as able to push code", () => {
    expect(canPushCode({ kind: "API", direction: "WE_PULL", privilege: "CODE_EXECUTION" })).toBe(true);
    expect(canPushCode({ kind: "RMM", direction: "VENDOR_PUSHES", privilege: "ADMIN" })).toBe(true);
    expect(canPushCode({ kind: "UPDATE_PUSH", direction: "VENDOR_PUSHES", privilege: "WRITE" })).toBe(true);
    expect(canPushCode({ kind: "RMM", direction: "WE_PULL", privilege: "READ" })).toBe(false);
    expect(canPushCode({ kind: "FILE_TRANSFER", direction: "VENDOR_PUSHES", privilege: "WRITE" })).toBe(false);
  });

  it("names every hygiene gap", () => {
    expect(hygieneGaps({ mfaEnforced: false, alwaysOn: true, monitored: false, consoleInternetExposed: true, killSwitchTestedAt: null })).toEqual([
      "no MFA",
      "console exposed to the internet",
      "emergency disconnect never tested",
      "always on",
      "not monitored",
    ]);
    expect(hygieneGaps({ mfaEnforced: true, alwaysOn: false, monitored: true, consoleInternetExposed: false, killSwitchTestedAt: new Date() })).toEqual([]);
  });
});
