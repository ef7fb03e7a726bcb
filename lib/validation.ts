// Building blocks for the zod schemas of forms. HTML forms send strings: "" means "no value", a checked checkbox "on".
import { z } from "zod";

const blankToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);

/**
 * The first character of `value` that text may not hold, as "U+0000", or null. Refused: the C0 control characters
 * except tab, line feed and carriage return, DEL, and unpaired UTF-16 surrogates. PostgreSQL cannot store U+0000 in
 * text or JSON, and a surrogate without its pair cannot be written as UTF-8 at all (it would turn into U+FFFD); the
 * other control characters are never typed by people and only hide text on screens and in exports.
 */
export function forbiddenCharacter(value: string): string | null {
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(value.charCodeAt(i + 1))) {
      i += 1;
      continue;
    }
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;
    const unpaired = c >= 0xd800 && c <= 0xdfff;
    if (control || unpaired) return `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return null;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** "securityContactPhone" → "Security contact phone": the field a message is about, when no label was given. */
function fieldLabel(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((p): p is string => typeof p === "string");
  if (!key) return "This field";
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The message for text holding a refused character, naming the field (its label, or its key when none is given). */
export function forbiddenCharacterMessage(label: string, character: string): string {
  const code = parseInt(character.slice(2), 16);
  const what = code >= 0xd800 && code <= 0xdfff ? "an incomplete character" : "a control character";
  return `${label} contains ${what} (${character}) that cannot be saved: remove it and try again.`;
}

/**
 * The one text rule: every string from outside (forms, JSON bodies, CSV and KEV files, URL parameters) starts here
 * before it can reach the database. Refuses the characters `forbiddenCharacter` names, with a message naming the field.
 */
export const plainString = (label?: string, params?: { error?: string }) =>
  z.string(params).refine((v) => forbiddenCharacter(v) === null, {
    abort: true,
    error: (issue) => forbiddenCharacterMessage(label ?? fieldLabel(issue.path ?? []), forbiddenCharacter(String(issue.input)) ?? "U+0000"),
  });

export const text = (max: number, label = "This field") =>
  plainString(label, { error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `Use at most ${max} characters`);

export const optionalText = (max: number, label?: string) =>
  z.preprocess(blankToNull, plainString(label).trim().max(max, `Use at most ${max} characters`).nullable());

export const optionalEmail = () =>
  z.preprocess(blankToNull, plainString().trim().toLowerCase().pipe(z.email("Enter a valid email address")).nullable());

export const optionalUrl = () =>
  z.preprocess(
    blankToNull,
    plainString()
      .trim()
      .max(300)
      .pipe(z.url({ protocol: /^https?$/, error: "Enter a full web address starting with https://" }))
      .nullable(),
  );

/** A calendar date from <input type="date"> (YYYY-MM-DD), stored at midnight UTC. */
export const optionalDate = () =>
  z.preprocess(
    blankToNull,
    z
      .string()
      .pipe(z.iso.date("Enter a date as YYYY-MM-DD"))
      .transform((v) => new Date(`${v}T00:00:00Z`))
      .nullable(),
  );

export const requiredDate = (label = "The date") =>
  z
    .string({ error: `${label} is required` })
    .pipe(z.iso.date(`${label} is required (YYYY-MM-DD)`))
    .transform((v) => new Date(`${v}T00:00:00Z`));

export const optionalInt = (min: number, max: number) =>
  z.preprocess(blankToNull, z.coerce.number({ error: "Enter a whole number" }).int("Enter a whole number").min(min, `At least ${min}`).max(max, `At most ${max}`).nullable());

export const requiredInt = (min: number, max: number, label = "This number") =>
  z.coerce
    .number({ error: `${label} is required` })
    .int("Enter a whole number")
    .min(min, `At least ${min}`)
    .max(max, `At most ${max}`);

export const checkbox = () => z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(blankToNull, z.enum(values).nullable());

export const id = () => plainString().trim().min(1).max(40);

/** Whether `value` can be a record's id (a URL segment): anything else is "not found" without asking the database. */
export const isRecordId = (value: unknown): value is string => id().safeParse(value).success;

/**
 * A text URL parameter (a search): absent when missing, repeated, blank or longer than `max`, and refused (a parse error
 * the caller answers with 400 or a message) when it holds a character text may not hold.
 */
export const searchParam = (max: number, label = "The search") =>
  z.preprocess((v) => (typeof v === "string" ? v : undefined), plainString(label).optional()).transform((v) => {
    const trimmed = v?.trim();
    return trimmed && trimmed.length <= max ? trimmed : undefined;
  });

/** YYYY-MM-DD for <input type="date"> default values. */
export const dateInput = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");

/** A checkbox group of ids: none checked (absent), one (a string) or several (an array). */
export const idList = (max = 500) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(id()).max(max));

/** A list's page number in its URL: anything malformed is the first page. */
export const pageParam = () => z.coerce.number().int().min(1).max(100_000).catch(1).default(1);

/** Where a page of `size` rows starts in `total`: a page past the end (an old link, a shrunken filter) is the last. */
function pageWindow(total: number, page: number, size: number) {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, page), pageCount);
  return { page: current, pageCount, skip: (current - 1) * size, take: size };
}

/**
 * A page of rows read at the same time as their count (one round trip for the common case); a page found past the
 * end is read again as the last one.
 */
export async function readPage<T>(page: number, size: number, count: () => Promise<number>, rows: (skip: number, take: number) => Promise<T[]>) {
  const [total, first] = await Promise.all([count(), rows((Math.max(1, page) - 1) * size, size)]);
  const window = pageWindow(total, page, size);
  const items = window.page === page ? first : await rows(window.skip, window.take);
  return { items, total, page: window.page, pageCount: window.pageCount };
}

/** Text searched for with Prisma's `contains` or `startsWith`, which pass it to LIKE as is: wildcards taken literally. */
export const literalLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
