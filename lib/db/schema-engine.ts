// Prisma's schema engine compiled to WebAssembly: creates, checks and applies migrations without Prisma's native
// binary (which needs a download). Loaded by hand so it works under plain Node 20 and inside the Next.js server.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let bindings: Promise<Bindings> | undefined;

async function loadBindings(): Promise<Bindings> {
  const bg: Bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  // The package does not export its .wasm file; the app always runs from the project root.
  const wasmPath = path.join(process.cwd(), "node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm");
  const compiled = new WebAssembly.Module(await readFile(wasmPath));
  const instance = new WebAssembly.Instance(compiled, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
  (bg as unknown as { __wbg_set_wasm(exports: unknown): void }).__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  return bg;
}

export async function openSchemaEngine(
  schema: { path: string; content: string },
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  bindings ??= loadBindings();
  const bg = await bindings;
  return bg.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  ) as Promise<SchemaEngine>;
}
