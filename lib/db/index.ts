// The one Prisma client of the process. DATABASE_URL set: PostgreSQL through node-postgres. Unset: an embedded
// PGlite database in DATA_DIR (default ./.data), which only this process may open.
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client";

export type Db = PrismaClient;

export type DatabaseConfig = { kind: "postgres"; url: string } | { kind: "embedded"; dataDir: string };

export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "embedded", dataDir: dataDirectory(env) };
}

/** Where the embedded database, the generated auth secret and local files live. `memory://` keeps nothing. */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.DATA_DIR || ".data";
  return dir.startsWith("memory://") ? dir : path.resolve(/*turbopackIgnore: true*/ dir);
}

/** "postgresql://user:***@host:5432/db": safe to print. */
export function describeDatabase(config: DatabaseConfig = databaseConfig()): string {
  if (config.kind === "embedded") return `embedded database in ${config.dataDir}`;
  try {
    const url = new URL(config.url);
    if (url.password) url.password = "***";
    return `PostgreSQL at ${url.toString()}`;
  } catch {
    return "PostgreSQL (DATABASE_URL is not a valid URL)";
  }
}

/**
 * Opens an embedded database (in memory without `dataDir`) with the extensions the migrations create: pg_trgm and
 * unaccent, for search (lib/search). PGlite loads an extension only when the instance is created, so every embedded
 * database of the app, its scripts and its tests is opened here.
 */
export function openPGlite(dataDir?: string, options: PGliteOptions = {}): PGlite {
  return new PGlite({ ...options, dataDir, extensions: { ...options.extensions, pg_trgm, unaccent } });
}

/**
 * Prisma's adapter for an embedded database. Its shadow database, where the schema engine replays the migrations to
 * compare them with schema.prisma, is opened with the same extensions.
 */
export function pgliteAdapter(pglite: PGlite): PrismaPGlite {
  const factory = new PrismaPGlite(pglite);
  factory.connectToShadowDb = () => new PrismaPGlite(openPGlite()).connect();
  return factory;
}

interface Connection {
  client: PrismaClient;
  adapterFactory: () => SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
  /** The embedded database itself (none on PostgreSQL). */
  pglite?: PGlite;
}

/**
 * The embedded database must never be opened by two processes at once (that corrupts it): a pid file in the data
 * directory refuses a second process with a clear message.
 */
export function lockDataDirectory(dataDir: string): () => void {
  const file = path.join(dataDir, "chainward.pid");
  let holder = 0;
  try {
    holder = Number(readFileSync(file, "utf8"));
  } catch {
    // no lock file: free
  }
  if (holder && holder !== process.pid && processIsAlive(holder)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${holder}. Stop that process first, or set DATABASE_URL to use PostgreSQL, which serves several processes.`,
    );
  }
  writeFileSync(file, String(process.pid));
  return () => {
    try {
      if (Number(readFileSync(file, "utf8")) === process.pid) unlinkSync(file);
    } catch {
      // already gone
    }
  };
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Prisma's PostgreSQL adapter runs a migration script by splitting it on ";", which breaks dollar-quoted function
 * bodies (our triggers). The native schema engine sends the script whole; so do we, as one simple-protocol query.
 */
function wholeScripts(factory: PrismaPg): PrismaPg {
  const connectAdapter = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connectAdapter();
    const internals = adapter as unknown as { client: { query(sql: string): Promise<unknown> }; onError(error: unknown): never };
    adapter.executeScript = async (script: string) => {
      try {
        await internals.client.query(script);
      } catch (error) {
        internals.onError(error);
      }
    };
    return adapter;
  };
  return factory;
}

function connect(config: DatabaseConfig): Connection {
  if (config.kind === "postgres") {
    // The planner's default cost of a random read (4) models a spinning disk. Chainward's tables live in memory or on
    // SSD, where reading a few thousand vendors' rows through their indexes is far cheaper than scanning the tables:
    // with the default, each chunk of the daily risk recomputation scanned every channel and link of the
    // organization. An `options` parameter in DATABASE_URL takes precedence.
    const factory = () => wholeScripts(new PrismaPg({ connectionString: config.url, options: "-c random_page_cost=1.1" }));
    const client = new PrismaClient({ adapter: factory() });
    return { client, adapterFactory: factory, close: () => client.$disconnect() };
  }
  let pglite: PGlite;
  let unlock = () => {};
  if (config.dataDir.startsWith("memory://")) {
    pglite = openPGlite();
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    unlock = lockDataDirectory(config.dataDir);
    pglite = openPGlite(path.join(config.dataDir, "pgdata"));
  }
  const factory = () => pgliteAdapter(pglite);
  const client = new PrismaClient({ adapter: factory() });
  return {
    client,
    adapterFactory: factory,
    pglite,
    close: async () => {
      await client.$disconnect();
      await pglite.close();
      unlock();
    },
  };
}

// Kept on globalThis: Next.js may load this module in more than one bundle of the same process, and the embedded
// database must be opened exactly once.
const KEY = Symbol.for("chainward.db");
type Holder = { [KEY]?: Connection };
const holder = globalThis as Holder;

function connection(): Connection {
  return (holder[KEY] ??= connect(databaseConfig()));
}

export function db(): PrismaClient {
  return connection().client;
}

export function migrationAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  return connection().adapterFactory();
}

/** The open embedded database of this process, or null on PostgreSQL. */
export function embeddedDatabase(): PGlite | null {
  return connection().pglite ?? null;
}

export async function closeDb(): Promise<void> {
  const current = holder[KEY];
  holder[KEY] = undefined;
  await current?.close();
}
