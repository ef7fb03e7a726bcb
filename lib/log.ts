// The server's log: one JSON line per event on stdout (pino). Secrets and personal data never reach it: known
// fields are redacted, and email addresses inside messages are masked.
import { randomUUID } from "node:crypto";
import pino, { type DestinationStream, type Logger } from "pino";

const REDACT = [
  "password",
  "passwordHash",
  "token",
  "secret",
  "email",
  "authorization",
  "cookie",
  "*.password",
  "*.passwordHash",
  "*.token",
  "*.secret",
  "*.email",
  "*.authorization",
  "*.cookie",
  "headers.cookie",
  "headers.authorization",
];

export function createLogger(destination?: DestinationStream, level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino(
    {
      level,
      base: { service: "chainward" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: "[redacted]" },
    },
    destination,
  );
}

export const log = createLogger();

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const mask = (text: string) => text.replace(EMAIL, "[email]");

/** An error as a log field: its kind, message (emails masked) and stack, nothing else it may carry. */
export function errorFields(error: unknown) {
  if (!(error instanceof Error)) return { message: mask(String(error)).slice(0, 500) };
  return { name: error.name, message: mask(error.message).slice(0, 2000), stack: error.stack ? mask(error.stack).slice(0, 8000) : undefined };
}

/** Logs an unexpected error under a new id (or the one Next.js gave it) and returns the id to show the user. */
export function logUnexpected(error: unknown, context: Record<string, unknown>, logger: Logger = log, id: string = randomUUID()): string {
  logger.error({ errorId: id, ...context, err: errorFields(error) }, "unexpected error");
  return id;
}
