// The size limit of each file a form uploads through a server action. The form refuses a larger file before sending
// it (components/ui/file-field.tsx) and the action checks again, so a direct POST gets the same message as the form.
// Above all of them sits one limit for a whole request body (REQUEST_BODY_MAX_BYTES): next.config.js gives it to
// Next.js twice (serverActions.bodySizeLimit, and proxyClientMaxBodySize, up to which the proxy lets Next.js buffer a
// body instead of cutting it short), and proxy.ts refuses a larger body with a 413 before Next.js reads it.

export interface UploadLimit {
  maxBytes: number;
  /** Said next to the field, and by the action. */
  tooLarge: string;
}

const MB = 1024 * 1024;

export const UPLOAD_LIMITS = {
  csvImport: { maxBytes: 5 * MB, tooLarge: "The file is larger than 5 MB; split it." },
  kevCatalog: { maxBytes: 20 * MB, tooLarge: "The file is larger than 20 MB: that is not a KEV catalog." },
  template: { maxBytes: 2 * MB, tooLarge: "The file is larger than 2 MB: that is not a template." },
  backup: {
    maxBytes: 20 * MB,
    tooLarge: "The file is larger than 20 MB, the most this page can import. Move an organization this large with a database backup (README › Backup).",
  },
} satisfies Record<string, UploadLimit>;

/**
 * Room in a request body for what travels beside the file: the multipart framing, the form's other fields and the
 * action's arguments. A file just over its form's limit therefore still reaches the action, which names that limit.
 */
export const REQUEST_BODY_OVERHEAD_BYTES = 1 * MB;

/** The largest request body Chainward reads: the largest upload plus its overhead (21 MB). */
export const REQUEST_BODY_MAX_BYTES = Math.max(...Object.values(UPLOAD_LIMITS).map((l) => l.maxBytes)) + REQUEST_BODY_OVERHEAD_BYTES;

/** The answer (413) to a request body over REQUEST_BODY_MAX_BYTES. */
export const REQUEST_TOO_LARGE = `The request is larger than ${REQUEST_BODY_MAX_BYTES / MB} MB, the most Chainward accepts. Each form says next to its file field how large a file may be.`;
