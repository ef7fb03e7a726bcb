import { readFileSync } from "node:fs";
import path from "node:path";
import { kevCatalogSchema, type KevCatalog } from "./schema";

/** The bundled catalog excerpt (see README.md beside it), for the demo and tests. */
export function loadKevSample(): KevCatalog {
  const file = path.join(process.cwd(), "lib/kev/kev-sample.json");
  return kevCatalogSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}
