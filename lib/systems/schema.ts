import { z } from "zod";
import { id, optionalText, text } from "@/lib/validation";
import { TIERS } from "@/lib/vendors/schema";

export const systemFields = z.object({
  name: text(120, "The name"),
  description: optionalText(500),
  criticality: z.enum(TIERS, { error: "Choose how critical the system is" }),
  owner: optionalText(120),
});

export const updateSystemSchema = z.intersection(systemFields, z.object({ id: id() }));
export const deleteSystemSchema = z.object({ id: id() });

export type SystemFields = z.output<typeof systemFields>;
