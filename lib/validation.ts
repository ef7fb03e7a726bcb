// Building blocks for the zod schemas of forms. HTML forms send strings: "" means "no value", a checked checkbox "on".
import { z } from "zod";

const blankToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);

export const text = (max: number, label = "This field") =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `Use at most ${max} characters`);

export const optionalText = (max: number) => z.preprocess(blankToNull, z.string().trim().max(max, `Use at most ${max} characters`).nullable());

export const optionalEmail = () =>
  z.preprocess(blankToNull, z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")).nullable());

export const optionalUrl = () =>
  z.preprocess(
    blankToNull,
    z
      .string()
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

export const id = () => z.string().trim().min(1).max(40);

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
