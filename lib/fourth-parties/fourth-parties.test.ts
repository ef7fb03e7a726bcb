import { describe, expect, it } from "vitest";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { createChannel } from "@/lib/channels/channels";
import { channelFields } from "@/lib/channels/schema";
import { NotFoundError } from "@/lib/errors";
import { createSystem } from "@/lib/systems/systems";
import { addSubSupplier, concentration, listSubSuppliers, removeSubSupplier, VENDORS_LISTED, widestReach } from "./fourth-parties";
import { subSupplierSchema } from "./schema";

const sub = (fields: Record<string, string>) => subSupplierSchema.parse(fields);

describe("fourth parties", () => {
  it("links a vendor to another vendor record or to a name, and needs one of them", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const msp = await createVendor(org.id, "MSP");
    const kaseya = await createVendor(org.id, "Kaseya");
    await addSubSupplier(actor, sub({ vendorId: msp.id, subVendorId: kaseya.id, purpose: "RMM", touchesChannels: "on" }));
    await addSubSupplier(actor, sub({ vendorId: msp.id, name: "Hosting Co" }));
    expect((await listSubSuppliers(actor, msp.id)).map((s) => [s.name, s.subVendor?.id ?? null])).toEqual([
      ["Hosting Co", null],
      ["Kaseya", kaseya.id],
    ]);
    expect(subSupplierSchema.safeParse({ vendorId: msp.id }).error?.issues[0]?.path).toEqual(["name"]);
    await expect(addSubSupplier(actor, sub({ vendorId: msp.id, subVendorId: msp.id }))).rejects.toMatchObject({ field: "subVendorId" });
  });

  it("stays within the organization", async () => {
    const org = await createOrganization();
    const other = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const mine = await createVendor(org.id);
    const theirs = await createVendor(other.id);
    await expect(addSubSupplier(actor, sub({ vendorId: mine.id, subVendorId: theirs.id }))).rejects.toMatchObject({ field: "subVendorId" });
    await expect(addSubSupplier(actor, sub({ vendorId: theirs.id, name: "X" }))).rejects.toBeInstanceOf(NotFoundError);
    const { actor: otherAdmin } = await createMember(other.id, "ADMIN");
    const row = await addSubSupplier(otherAdmin, sub({ vendorId: theirs.id, name: "Y" }));
    await expect(removeSubSupplier(actor, theirs.id, row.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows where vendors converge on one sub-supplier or one remote tool, with the critical systems behind", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const erp = await createSystem(actor, { name: "ERP", description: null, criticality: "CRITICAL", owner: null });
    const wiki = await createSystem(actor, { name: "Wiki", description: null, criticality: "LOW", owner: null });
    const a = await createVendor(org.id, "MSP A");
    const b = await createVendor(org.id, "MSP B");
    const c = await createVendor(org.id, "Printer Co");
    const channel = (tool: string, systemIds: string[]) =>
      channelFields.parse({ name: `${tool} channel`, kind: "RMM", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", tool, systemIds });
    await createChannel(actor, a.id, channel("Kaseya VSA", [erp.id]));
    await createChannel(actor, b.id, channel(" kaseya  vsa", [wiki.id]));
    await createChannel(actor, c.id, channel("PrintFleet", [wiki.id]));
    await addSubSupplier(actor, sub({ vendorId: a.id, name: "Big Cloud" }));
    await addSubSupplier(actor, sub({ vendorId: c.id, name: "big cloud" }));

    const { tools, subSuppliers } = await concentration(actor);
    expect(tools[0]).toMatchObject({ name: "Kaseya VSA", criticalSystems: ["ERP"], systems: 2 });
    expect(tools[0]!.vendors.map((v) => v.name)).toEqual(["MSP A", "MSP B"]);
    expect(subSuppliers[0]).toMatchObject({ name: "Big Cloud", criticalSystems: ["ERP"], systems: 2 });
    expect(subSuppliers[0]!.vendors).toHaveLength(2);

    // The portfolio blast radius: whatever reaches the most critical systems comes first; PrintFleet reaches none.
    const { vendorCriticalSystems } = await concentration(actor);
    expect(vendorCriticalSystems).toMatchObject({ [a.id]: ["ERP"], [b.id]: [], [c.id]: [] });
    const widest = widestReach({ tools, subSuppliers });
    expect(widest.map((w) => [w.kind, w.name])).toEqual([
      ["fourth party", "Big Cloud"],
      ["tool", "Kaseya VSA"],
      ["tool", "PrintFleet"],
    ]);
    expect(widestReach({ tools, subSuppliers }, 1)).toHaveLength(1);
  });

  it("counts every vendor behind a tool and names the first few, however many there are", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const erp = await createSystem(actor, { name: "ERP", description: null, criticality: "CRITICAL", owner: null });
    const names = Array.from({ length: VENDORS_LISTED + 3 }, (_, i) => `MSP ${String(i).padStart(2, "0")}`);
    for (const name of [...names].reverse()) {
      const vendor = await createVendor(org.id, name);
      await createChannel(actor, vendor.id, channelFields.parse({ name: "Agent", kind: "RMM", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", tool: "ScreenConnect", systemIds: [erp.id] }));
      await addSubSupplier(actor, sub({ vendorId: vendor.id, name: "Hosting\tCo " }));
    }
    const { tools, subSuppliers, widest, vendorCriticalSystems } = await concentration(actor);
    for (const group of [tools[0]!, subSuppliers[0]!]) {
      expect(group).toMatchObject({ vendorCount: names.length, criticalSystems: ["ERP"], systems: 1 });
      expect(group.vendors.map((v) => v.name)).toEqual(names.slice(0, VENDORS_LISTED));
    }
    expect(subSuppliers[0]!.name).toBe("Hosting\tCo");
    expect(widest).toHaveLength(2);
    // The drawing's vendors, and only those, come with the critical systems behind them.
    expect(Object.keys(vendorCriticalSystems)).toHaveLength(VENDORS_LISTED);
    expect(Object.values(vendorCriticalSystems).every((systems) => systems.join() === "ERP")).toBe(true);
  });
});
