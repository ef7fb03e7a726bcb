// Generates the Prisma client (lib/generated/prisma). Generation does not use Prisma's native schema engine; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at an existing file stops the CLI from trying to download one on offline machines.
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath };
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
