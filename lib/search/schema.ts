import { plainString } from "@/lib/validation";

export const SEARCH_MAX_LENGTH = 100;

/** What a person types into the search box: trimmed, 1 to 100 characters of plain text. */
export const searchQuerySchema = plainString("The search", { error: "Type something to search for" })
  .trim()
  .min(1, "Type something to search for")
  .max(SEARCH_MAX_LENGTH, `Search for at most ${SEARCH_MAX_LENGTH} characters`);
