// Email bodies are plain text. The outbox page shows the links in them as links, but only links into this app: a
// body is text an organization's members partly wrote (a questionnaire message, a note), so anything else stays text.

export interface TextPart {
  text: string;
  /** Set when the part is a link into the app. */
  href?: string;
}

const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/g;
/** Punctuation that ends a sentence rather than the link ("…at https://x/portal."). */
const TRAILING = /[.,;:!?)\]}]+$/;

/** The body split into text and links: only http(s) URLs on `origin` (the app's public origin) become links. */
export function linkParts(text: string, origin: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const candidate = match[0].replace(TRAILING, "");
    let url: URL | null = null;
    try {
      url = new URL(candidate);
    } catch {
      url = null;
    }
    if (!url || url.origin !== origin) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: candidate, href: url.href });
    last = match.index + candidate.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
