/** A refusal the user can act on: shown next to the field it names, or above the form. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The record does not exist for this caller (another organization's records included: ids do not leak). */
export class NotFoundError extends ActionError {
  constructor(what = "record") {
    super(`That ${what} does not exist.`);
  }
}

/** Optimistic concurrency: someone saved the record since the caller read it. */
export class ConflictError extends ActionError {
  constructor(what = "record") {
    super(`This ${what} was changed by someone else while you were editing. Reload to see their changes, then apply yours again.`);
  }
}
