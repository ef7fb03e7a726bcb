// Environment settings, validated once. Every variable is documented in README.md › Configuration.
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/forwarding/addresses";

/** An unset or empty variable is "not configured". */
const optional = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (v === "" ? undefined : v), inner.optional());

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().default(".data"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  APP_URL: optional(z.url({ protocol: /^https?$/, error: "APP_URL must be an absolute http:// or https:// URL such as https://chainward.example.com" })),
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must look like smtp://user:pass@host:587 or smtps://…")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  EMAIL_FROM: z.string().default("Chainward <no-reply@chainward.invalid>"),
  JOBS_INTERVAL_SECONDS: z.coerce
    .number({ error: "JOBS_INTERVAL_SECONDS must be a number of seconds" })
    .int("JOBS_INTERVAL_SECONDS must be a whole number")
    .min(0)
    .max(86_400)
    .default(300),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ error: "SESSION_IDLE_MINUTES must be a number of minutes" })
    .int("SESSION_IDLE_MINUTES must be a whole number")
    .min(5, "SESSION_IDLE_MINUTES is at least 5")
    .max(1440, "SESSION_IDLE_MINUTES is at most 1440")
    .default(60),
  SESSION_MAX_HOURS: z.coerce
    .number({ error: "SESSION_MAX_HOURS must be a number of hours" })
    .int("SESSION_MAX_HOURS must be a whole number")
    .min(1, "SESSION_MAX_HOURS is at least 1")
    .max(168, "SESSION_MAX_HOURS is at most 168")
    .default(12),
  EVIDENCE_MAX_MB: z.coerce
    .number({ error: "EVIDENCE_MAX_MB must be a number" })
    .int("EVIDENCE_MAX_MB must be a whole number")
    .min(1, "EVIDENCE_MAX_MB is at least 1")
    .max(500, "EVIDENCE_MAX_MB is at most 500")
    .default(25),
  EVIDENCE_DIR: optional(z.string()),
  EVIDENCE_S3_BUCKET: optional(z.string()),
  EVIDENCE_S3_ENDPOINT: optional(z.url("EVIDENCE_S3_ENDPOINT must be a URL such as https://s3.eu-central-1.amazonaws.com")),
  EVIDENCE_S3_REGION: z.string().default("us-east-1"),
  EVIDENCE_S3_ACCESS_KEY_ID: optional(z.string()),
  EVIDENCE_S3_SECRET_ACCESS_KEY: optional(z.string()),
  EVIDENCE_S3_FORCE_PATH_STYLE: z.enum(["true", "false"], { error: 'EVIDENCE_S3_FORCE_PATH_STYLE must be "true" or "false"' }).default("true").transform((v) => v === "true"),
})
  .refine((env) => !env.EVIDENCE_S3_BUCKET || (env.EVIDENCE_S3_ACCESS_KEY_ID && env.EVIDENCE_S3_SECRET_ACCESS_KEY), {
    message: "EVIDENCE_S3_ACCESS_KEY_ID and EVIDENCE_S3_SECRET_ACCESS_KEY must be set with EVIDENCE_S3_BUCKET",
    path: ["EVIDENCE_S3_BUCKET"],
  })
  // Links in real emails must not be built from request headers, which a caller can forge (a sign-in link for a
  // victim pointing at the attacker's host).
  .refine((env) => !env.SMTP_URL || env.APP_URL, {
    message: "APP_URL must be set with SMTP_URL: links in emails are built from it, never from request headers",
    path: ["APP_URL"],
  });

export type Env = z.infer<typeof schema>;

/**
 * What a server needs on top of readEnv() when it serves users in production (`next start`): APP_URL, because links
 * in emails are built only from it, never from the Host or X-Forwarded-Host a caller sends. Checked at start-up
 * (lib/db/startup.ts); throws a message in readEnv()'s form.
 */
export function checkServingEnv(env: Env, nodeEnv: string | undefined = process.env.NODE_ENV): void {
  if (nodeEnv === "production" && !env.APP_URL) {
    throw new Error(
      "Invalid configuration:\n  APP_URL: must be set to the address people open Chainward at, such as https://chainward.example.com " +
        "(links in emails are built from it, never from request headers). npm run demo sets http://localhost:$PORT.",
    );
  }
}

export function readEnv(env: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
