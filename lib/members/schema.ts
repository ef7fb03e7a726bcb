import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { emailSchema } from "@/lib/auth/schema";
import { plainString } from "@/lib/validation";

const role = z.enum(["ADMIN", "SECURITY_MANAGER", "EXECUTIVE", "VENDOR"], { error: "Choose a role" });
const vendorId = plainString()
  .trim()
  .max(40)
  .optional()
  .transform((v) => v || undefined);

const vendorRequired = (v: { role: string; vendorId?: string }) => v.role !== "VENDOR" || !!v.vendorId;
const vendorRule = { path: ["vendorId"], message: "A vendor contact must belong to a vendor: choose one" };

export const inviteMemberSchema = z
  .object({
    email: emailSchema,
    name: plainString("The name").trim().min(1, "Enter the person's name").max(120, "Use at most 120 characters"),
    role,
    vendorId,
    /** The language of the invitation and of the organization's later emails to the person, until they choose one. */
    locale: z.enum(LOCALES, { error: "Choose a language" }).optional(),
  })
  .refine(vendorRequired, vendorRule);

export const changeRoleSchema = z
  .object({ membershipId: plainString().min(1).max(40), role, vendorId })
  .refine(vendorRequired, vendorRule);

export const removeMemberSchema = z.object({ membershipId: plainString().min(1).max(40) });

export type InviteMemberInput = z.input<typeof inviteMemberSchema>;
export type ChangeRoleInput = z.input<typeof changeRoleSchema>;
