/** The store a server uses: PostgreSQL when a database address is given, else the SQLite file in its data folder. */
import path from "node:path";
import type { Store } from "./Store";
import { SqliteStore } from "./SqliteStore";
import { PostgresStore } from "./PostgresStore";

export async function openStore(options: { dataDir: string; databaseUrl?: string | undefined; schema?: string | undefined }): Promise<Store> {
  if (options.databaseUrl) return PostgresStore.open({ connectionString: options.databaseUrl, ...(options.schema ? { schema: options.schema } : {}) });
  return new SqliteStore(path.join(options.dataDir, "detente.sqlite"));
}
