// `npm run db:dump` against a running server: the embedded database, dumped for whoever holds the maintenance token.
import { embeddedDatabase } from "@/lib/db";
import { dumpEmbeddedDatabase, isMaintenanceToken } from "@/lib/db/dump";

/** Only the maintenance token of this data directory, and only when the database is the embedded one. */
export const maintenanceDumpAllowed = (token: string | null) => !!embeddedDatabase() && isMaintenanceToken(token);

/** The embedded database as a gzipped tar archive. */
export const dumpForMaintenance = () => dumpEmbeddedDatabase();
