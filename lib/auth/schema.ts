import { z } from "zod";
import { id } from "@/lib/validation";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address, like name@company.com"));

export const newPasswordSchema = z
  .string()
  .min(12, "Use at least 12 characters")
  .max(256, "Use at most 256 characters");

export const passwordSignInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(256),
  /** The second factor, when the account has one: a 6-digit code or a recovery code. */
  code: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(20).optional()),
  /** The organization to sign in to, for a person who belongs to several. */
  organizationId: z.preprocess((v) => (v === "" ? undefined : v), id().optional()),
});

export const switchOrganizationSchema = z.object({ organizationId: id() });

export const magicLinkRequestSchema = z.object({ email: emailSchema });

export const tokenSchema = z.object({ token: z.string().min(20).max(200) });

export const setPasswordSchema = z
  .object({ token: z.string().min(20).max(200), password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match" });

/** Joining an organization with the password the account already has. */
export const existingPasswordSchema = z.object({ token: z.string().min(20).max(200), password: z.string().min(1, "Enter your Chainward password").max(256) });

export const changePasswordSchema = z
  .object({ current: z.string().min(1, "Enter your current password"), password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match" });
