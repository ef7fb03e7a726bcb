import { describe, expect, it } from "vitest";
import { createMember, createOrganization } from "@/tests/factories";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createSystem, deleteSystem, getSystem, listSystems, updateSystem } from "./systems";

describe("systems register", () => {
  it("lists the organization's systems, most critical first", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    await createSystem(actor, { name: "Wiki", description: null, criticality: "LOW", owner: null });
    await createSystem(actor, { name: "ERP", description: null, criticality: "CRITICAL", owner: "Finance IT" });
    expect((await listSystems(actor)).map((s) => s.name)).toEqual(["ERP", "Wiki"]);
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
