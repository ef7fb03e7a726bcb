// The size limit of each file a form uploads through a server action. The form refuses a larger file before sending
// it (components/ui/file-field.tsx) and the action checks again. Next refuses any server action body over
// `serverActions.bodySizeLimit` (20 MB, next.config.js) before the action runs, with nothing the user could act on:
// no limit here may exceed it.

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
