import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createOrganization } from "@/tests/factories";
import { leiCheckDigits } from "@/lib/vendors/lei";
import { arrangementReference, B_02_02_HEADER, B_05_01_HEADER, doraRegister } from "./register";

const lei = (prefix: string) => prefix + leiCheckDigits(prefix);

describe("DORA register of information", () => {
  it("exports providers and arrangements with the fields we hold, and only valid LEIs", async () => {
    const org = await createOrganization();
    await db().organization.update({ where: { id: org.id }, data: { lei: lei("529900ORGANIZATION") } });
    const { actor } = await createMember(org.id, "EXECUTIVE");
    const good = await db().vendor.create({
      data: {
        organizationId: org.id,
        name: "Nimbus",
        legalName: "Nimbus Cloud Europe SE",
        lei: lei("529900NIMBUSCLOUD1"),
        country: "NL",
        contractStart: new Date("2024-01-01"),
        noticePeriodDays: 90,
      },
    });
    const broken = await db().vendor.create({ data: { organizationId: org.id, name: "Oddball", lei: "529900ODDBALL0000000", contractEnd: new Date("2027-06-30") } });
    await db().vendor.create({ data: { organizationId: org.id, name: "Gone", status: "TERMINATED" } });

    const register = await doraRegister(actor);
    expect(B_05_01_HEADER).toHaveLength(12);
    expect(B_02_02_HEADER).toHaveLength(10);
    expect(register.providers).toEqual([
      [lei("529900NIMBUSCLOUD1"), "LEI", "", "", "Nimbus Cloud Europe SE", "Nimbus", "PT_1", "NL", "", "", "", ""],
      ["", "", "", "", "Oddball", "Oddball", "PT_1", "", "", "", "", ""],
    ]);
    expect(register.arrangements).toEqual([
      [arrangementReference(good.id), lei("529900ORGANIZATION"), lei("529900NIMBUSCLOUD1"), "LEI", "", "", "2024-01-01", "9999-12-31", "", 90],
      [arrangementReference(broken.id), lei("529900ORGANIZATION"), "", "", "", "", "", "2027-06-30", "", ""],
    ]);
    expect(register.gaps.find((g) => g.vendor === "Oddball")!.missing).toEqual(expect.arrayContaining(["LEI", "legal name", "country", "contract start date"]));
  });
});
