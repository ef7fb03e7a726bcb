import { z } from "zod";
import { checkbox, id, optionalText } from "@/lib/validation";

export const subSupplierSchema = z
  .object({
    vendorId: id(),
    subVendorId: z.preprocess((v) => (v === "" ? null : v ?? null), id().nullable()),
    name: optionalText(120),
    purpose: optionalText(300),
    touchesData: checkbox(),
    touchesChannels: checkbox(),
  })
  .refine((v) => v.subVendorId || v.name, { path: ["name"], message: "Choose one of our vendors or type the sub-supplier's name" });

export const removeSubSupplierSchema = z.object({ vendorId: id(), id: id() });
