import { Prisma } from "../generated/prisma/client";
import { ActionError } from "../errors";

/** For `.catch(...)` on a write: a unique-constraint violation becomes a message next to the field; anything else propagates. */
export const onDuplicate =
  (message: string, field: string) =>
  (error: unknown): never => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ActionError(message, field);
    throw error;
  };
