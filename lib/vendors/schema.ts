import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { countryCode } from "@/lib/countries";
import { checkbox, id, optionalDate, optionalEmail, optionalEnum, optionalInt, optionalText, optionalUrl, requiredInt, text } from "@/lib/validation";
import { isValidLei } from "./lei";

export const VENDOR_STATUSES = ["PROSPECT", "ACTIVE", "OFFBOARDING", "TERMINATED"] as const;
export const TIERS = ["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const;
export const SENSITIVITIES = ["NONE", "INTERNAL", "CONFIDENTIAL", "PERSONAL", "SPECIAL_CATEGORY"] as const;
export const SUBSTITUTABILITY = ["EASY", "DIFFICULT", "IMPOSSIBLE"] as const;
export const AVAILABILITY = ["BUSINESS_HOURS", "EXTENDED_HOURS", "ALWAYS"] as const;

/** An optional ISO 17442 LEI, normalised to upper case without spaces. */
export const leiField = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toUpperCase().replace(/\s+/g, "") || null : v ?? null),
  z
    .string()
    .refine(isValidLei, "Not a valid LEI: 20 characters whose last two check digits must match (ISO 17442)")
    .nullable(),
);

/** A country name or ISO 3166-1 code, stored as the code; a value that is neither is refused, naming it. */
const country = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() || null : (v ?? null)),
  z
    .string()
    .refine((value) => countryCode(value) !== null, {
      error: (issue) => `Choose a country from the list (a name such as Germany, or its code DE); “${String(issue.input).slice(0, 60)}” is neither`,
    })
    .transform((value) => countryCode(value) ?? value)
    .nullable(),
);

/** Every field of the vendor form. Unknown fields (organizationId, version bumps, ids) are dropped by zod. */
export const vendorFields = z
  .object({
    name: text(120, "The name"),
    legalName: optionalText(200),
    lei: leiField,
    country,
    website: optionalUrl(),
    servicesProvided: optionalText(1000),
    status: z.enum(VENDOR_STATUSES, { error: "Choose a status" }),
    tier: optionalEnum(TIERS),
    tierReason: optionalText(500),
    businessOwner: optionalText(120),
    dataSensitivity: z.enum(SENSITIVITIES, { error: "Choose the most sensitive data the vendor handles" }),
    criticalFunction: checkbox(),
    substitutability: optionalEnum(SUBSTITUTABILITY),
    contractStart: optionalDate(),
    contractEnd: optionalDate(),
    renewalDate: optionalDate(),
    noticePeriodDays: optionalInt(0, 3650),
    nextReviewDate: optionalDate(),
  })
  .refine((v) => !v.contractStart || !v.contractEnd || v.contractStart <= v.contractEnd, {
    path: ["contractEnd"],
    message: "The contract cannot end before it starts",
  });

export type VendorFields = z.output<typeof vendorFields>;

/** A vendor row of a CSV import: the vendor and, in four columns, its security contact (created as its contact). */
export const vendorImportFields = z.intersection(
  vendorFields,
  z.object({
    securityContactName: optionalText(120),
    securityContactPhone: optionalText(40),
    securityContactEmail: optionalEmail(),
    securityContactAvailability: optionalEnum(AVAILABILITY),
  }),
);

export type VendorImportFields = z.output<typeof vendorImportFields>;

export const updateVendorSchema = z.intersection(vendorFields, z.object({ id: id(), version: requiredInt(1, 1_000_000_000, "The version") }));

export const contactSchema = z.object({
  vendorId: id(),
  name: text(120, "The name"),
  email: optionalEmail(),
  phone: optionalText(40),
  jobTitle: optionalText(120),
  isSecurityContact: checkbox(),
  availability: optionalEnum(AVAILABILITY),
  /** The language emails to the contact are written in, until the person chooses one. */
  locale: optionalEnum(LOCALES),
});

/** Makes a contact the vendor's security contact (or, for the current one, changes when it can be reached). */
export const securityContactSchema = z.object({ vendorId: id(), contactId: id(), availability: optionalEnum(AVAILABILITY) });

export const removeContactSchema = z.object({ vendorId: id(), contactId: id() });
