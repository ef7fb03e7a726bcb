import { ActionError } from "@/lib/errors";
import type { Actor } from "./guard";
import { EDITOR_ROLES } from "./roles";

/** The register is changed by security managers and administrators; executives and vendors only read. */
export function assertCanEditRegister(actor: Actor) {
  if (!EDITOR_ROLES.includes(actor.role)) throw new ActionError("Only security managers and administrators can change the supplier register.");
}
