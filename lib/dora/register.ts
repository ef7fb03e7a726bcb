// DORA register of information (Commission Implementing Regulation (EU) 2024/2956): the columns of templates B_05.01
// (ICT third-party service providers) and B_02.02 (contractual arrangements, specific information) that Chainward
// holds. Which field maps where is documented in docs/dora.md; a column we do not hold stays empty and is listed as a
// gap, never guessed.
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { isValidLei } from "@/lib/vendors/lei";

/** Vendors in the register: the ICT providers we have an arrangement with now (active or being offboarded). */
const IN_SCOPE = ["ACTIVE", "OFFBOARDING"] as const;
/** DORA's convention for an arrangement without an end date. */
const OPEN_ENDED = "9999-12-31";

export const B_05_01_HEADER = ["c0010", "c0020", "c0030", "c0040", "c0050", "c0060", "c0070", "c0080", "c0090", "c0100", "c0110", "c0120"];
export const B_02_02_HEADER = ["c0010", "c0020", "c0030", "c0040", "c0050", "c0060", "c0070", "c0080", "c0090", "c0100"];

/** Register fields Chainward can record on the vendor (the other gaps need data Chainward does not keep). */
export const RECORDABLE_FIELDS = ["LEI", "legal name", "country", "contract start date"];

export interface DoraGap {
  vendorId: string;
  vendor: string;
  missing: string[];
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
/** Our reference for an arrangement: Chainward records one arrangement per vendor. */
export const arrangementReference = (vendorId: string) => `CW-${vendorId}`;

export async function doraRegister(actor: Actor) {
  const [org, vendors] = await Promise.all([
    db().organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { lei: true } }),
    db().vendor.findMany({
      where: { organizationId: actor.organizationId, status: { in: [...IN_SCOPE] } },
      select: { id: true, name: true, legalName: true, lei: true, country: true, contractStart: true, contractEnd: true, noticePeriodDays: true, criticalFunction: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const entityLei = org.lei && isValidLei(org.lei) ? org.lei : "";
  const gaps: DoraGap[] = [];
  const providers: unknown[][] = [];
  const arrangements: unknown[][] = [];
  for (const v of vendors) {
    // Only a LEI that passes the ISO 17442 check is exported as one.
    const lei = v.lei && isValidLei(v.lei) ? v.lei : "";
    const missing = [
      lei ? "" : "LEI",
      v.legalName ? "" : "legal name",
      v.country ? "" : "country",
      v.contractStart ? "" : "contract start date",
      "annual expense",
      "function identifier",
      "type of ICT services",
    ].filter(Boolean);
    gaps.push({ vendorId: v.id, vendor: v.name, missing });
    providers.push([lei, lei ? "LEI" : "", "", "", v.legalName ?? v.name, v.name, "PT_1", v.country ?? "", "", "", "", ""]);
    arrangements.push([arrangementReference(v.id), entityLei, lei, lei ? "LEI" : "", "", "", day(v.contractStart), v.contractEnd ? day(v.contractEnd) : OPEN_ENDED, "", v.noticePeriodDays ?? ""]);
  }
  return { entityLei, providers, arrangements, gaps };
}
