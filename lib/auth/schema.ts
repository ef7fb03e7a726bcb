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

/** A portal page to open after signing in: only the supplier portal's own paths. */
export const portalPathSchema = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.string().max(200).regex(/^\/portal(\/[\w-]+)*$/).optional().catch(undefined),
);

/** The supplier sign-in page: "send" emails a code (again), "verify" signs in with the code typed. */
export const portalSignInSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("send"), email: emailSchema, next: portalPathSchema }),
  z.object({
    intent: z.literal("verify"),
    email: emailSchema,
    next: portalPathSchema,
    code: z
      .string()
      .transform((v) => v.replace(/\s+/g, ""))
      .pipe(z.string().regex(/^\d{6}$/, "Enter the 6 digits from the email")),
  }),
]);

export const codeSignInSchema = z.object({ email: emailSchema, code: z.string().regex(/^\d{6}$/) });

export const tokenSchema = z.object({ token: z.string().min(20).max(200) });

export const setPasswordSchema = z
  .object({ token: z.string().min(20).max(200), password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match" });

/** Joining an organization with the password the account already has. */
export const existingPasswordSchema = z.object({ token: z.string().min(20).max(200), password: z.string().min(1, "Enter your Chainward password").max(256) });

export const changePasswordSchema = z
  .object({ current: z.string().min(1, "Enter your current password"), password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match" });
