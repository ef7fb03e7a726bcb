// Whether the server can serve: the readiness probe (GET /api/health) asks the database.
import { db } from "@/lib/db";

export async function databaseIsUp(): Promise<boolean> {
  try {
    await db().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
