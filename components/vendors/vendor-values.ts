import type { Vendor } from "@/lib/domain-types";
import { dateInput } from "@/lib/validation";
import type { VendorFormValues } from "./vendor-form";
import { countryName } from "@/lib/countries";

/** A stored vendor as the strings its edit form starts from. */
export function vendorFormValues(v: Vendor): VendorFormValues {
  const s = (x: string | number | null) => (x == null ? "" : String(x));
  return {
    id: v.id,
    version: String(v.version),
    name: v.name,
    legalName: s(v.legalName),
    lei: s(v.lei),
    // Shown by name; the form sends the name back and the schema stores the code.
    country: countryName(v.country),
    website: s(v.website),
    servicesProvided: s(v.servicesProvided),
    status: v.status,
    tier: s(v.tier),
    tierReason: "",
    businessOwner: s(v.businessOwner),
    dataSensitivity: v.dataSensitivity,
    criticalFunction: v.criticalFunction ? "on" : "",
    substitutability: s(v.substitutability),
    contractStart: dateInput(v.contractStart),
    contractEnd: dateInput(v.contractEnd),
    renewalDate: dateInput(v.renewalDate),
    noticePeriodDays: s(v.noticePeriodDays),
    nextReviewDate: dateInput(v.nextReviewDate),
  };
}
