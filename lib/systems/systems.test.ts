import { describe, expect, it } from "vitest";
import { createMember, createOrganization } from "@/tests/factories";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createSystem, deleteSystem, getSystem, listSystems, SYSTEMS_PAGE_SIZE, systemsPage, updateSystem } from "./systems";

describe("systems register", () => {
  it("lists the organization's systems, most critical first", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    await createSystem(actor, { name: "Wiki", description: null, criticality: "LOW", owner: null });
    await createSystem(actor, { name: "ERP", description: null, criticality: "CRITICAL", owner: "Finance IT" });
    expect((await listSystems(actor)).map((s) => s.name)).toEqual(["ERP", "Wiki"]);
  });

  it("pages the register, most critical first, and keeps out of range pages in range", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const tiers = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
    await db().system.createMany({
      data: Array.from({ length: SYSTEMS_PAGE_SIZE + 3 }, (_, i) => ({ organizationId: org.id, name: `S${String(i).padStart(2, "0")}`, criticality: tiers[i % 4]! })),
    });
    const first = await systemsPage(actor, 1);
    expect(first).toMatchObject({ total: SYSTEMS_PAGE_SIZE + 3, page: 1, pageCount: 2 });
    expect(first.systems).toHaveLength(SYSTEMS_PAGE_SIZE);
    const last = await systemsPage(actor, 99);
    expect(last.page).toBe(2);
    const all = [...first.systems, ...last.systems];
    expect(all.map((s) => s.name)).toEqual((await listSystems(actor)).map((s) => s.name));
    expect(all[0]!.criticality).toBe("CRITICAL");
    expect(all.at(-1)!.criticality).toBe("LOW");
    expect(all.map((s) => s.name).filter((n, i, a) => a.indexOf(n) === i)).toHaveLength(SYSTEMS_PAGE_SIZE + 3);
  });

  it("refuses duplicate names and edits of other organizations' systems", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    const erp = await createSystem(actor, { name: "ERP", description: null, criticality: "CRITICAL", owner: null });
    await expect(createSystem(actor, { name: "ERP", description: null, criticality: "LOW", owner: null })).rejects.toMatchObject({ field: "name" });
    const other = await createOrganization();
    const { actor: stranger } = await createMember(other.id, "ADMIN");
    expect(await getSystem(stranger, erp.id)).toBeNull();
    await expect(updateSystem(stranger, erp.id, { name: "Mine", description: null, criticality: "LOW", owner: null })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteSystem(stranger, erp.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().system.findUniqueOrThrow({ where: { id: erp.id } })).name).toBe("ERP");
  });
});
