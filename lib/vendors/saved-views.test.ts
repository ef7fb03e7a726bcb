import { describe, expect, it, vi } from "vitest";
import { createMember, createOrganization } from "@/tests/factories";
import { signInAs } from "@/tests/request-context";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms";
import { deleteVendorViewAction, saveVendorViewAction } from "./actions";
import { SAVED_VIEW_LIMIT, savedViews } from "./saved-views";

vi.mock("next/headers", async () => (await import("@/tests/request-context")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/tests/request-context")).nextCache);
vi.mock("@/lib/auth/index", async () => (await import("@/tests/request-context")).authIndex);

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("saved views of the vendor list", () => {
  it("keeps each member's views to that member: saved, replaced by name, listed, deleted", async () => {
    const org = await createOrganization();
    const { actor: manager } = await createMember(org.id, "SECURITY_MANAGER");
    const { actor: executive } = await createMember(org.id, "EXECUTIVE");

    await signInAs(manager);
    // The query is stored as the list writes it: page and defaults left out, unknown values dropped.
    const saved = await saveVendorViewAction({}, form({ name: "Critical with a KEV flaw", query: "tier=CRITICAL&kevAlert=1&page=4&sort=name&bogus=1&status=NOPE" }));
    expect(saved).toEqual({ ok: true, message: "View “Critical with a KEV flaw” saved." });
    await saveVendorViewAction({}, form({ name: "Riskiest", query: "sort=risk" }));
    await saveVendorViewAction({}, form({ name: "Riskiest", query: "sort=risk&dir=asc&slaBreach=1" }));
    expect((await savedViews(manager)).map((v) => [v.name, v.query])).toEqual([
      ["Critical with a KEV flaw", "tier=CRITICAL&kevAlert=1"],
      ["Riskiest", "slaBreach=1&sort=risk&dir=asc"],
    ]);

    // Another member sees none of them and cannot delete them.
    await signInAs(executive);
    expect(await savedViews(executive)).toEqual([]);
    const theirs = (await savedViews(manager))[0]!;
    expect(await deleteVendorViewAction({}, form({ id: theirs.id }))).toMatchObject({ ok: false, message: "That view does not exist." });
    expect(await saveVendorViewAction({}, form({ name: "  ", query: "" }))).toMatchObject({ ok: false, fieldErrors: { name: ["Give the view a name"] } });

    await signInAs(manager);
    expect(await deleteVendorViewAction({}, form({ id: theirs.id }))).toEqual({ ok: true, message: "View deleted." });
    expect((await savedViews(manager)).map((v) => v.name)).toEqual(["Riskiest"]);
  });

  it("keeps at most the limit per member, and another organization's member with the same view names is apart", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "ADMIN");
    await db().savedView.createMany({ data: Array.from({ length: SAVED_VIEW_LIMIT }, (_, i) => ({ organizationId: org.id, membershipId: actor.membershipId, name: `View ${i}`, query: "" })) });
    await signInAs(actor);
    const refused: FormState = await saveVendorViewAction({}, form({ name: "One more", query: "" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { name: [`You can keep up to ${SAVED_VIEW_LIMIT} views: delete one first`] } });
    // Saving under an existing name replaces it, limit or not.
    expect(await saveVendorViewAction({}, form({ name: "View 3", query: "tier=LOW" }))).toMatchObject({ ok: true });

    const other = await createOrganization();
    const { actor: stranger } = await createMember(other.id, "ADMIN");
    await signInAs(stranger);
    expect(await saveVendorViewAction({}, form({ name: "View 3", query: "tier=HIGH" }))).toMatchObject({ ok: true });
    expect((await savedViews(actor)).find((v) => v.name === "View 3")!.query).toBe("tier=LOW");
    expect((await savedViews(stranger)).map((v) => v.query)).toEqual(["tier=HIGH"]);
  });
});
