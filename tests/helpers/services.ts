/**
 * The real Redis and PostgreSQL the scale-out tests run against, named by REDIS_URL and
 * DATABASE_URL (`.ci/with-services` starts both and sets them). Without them these tests fail
 * at once and say how to run them: they are never skipped.
 */
import { randomBytes } from "node:crypto";

function required(name: "REDIS_URL" | "DATABASE_URL"): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the scale-out tests beside real services with \`.ci/with-services npm run test:scale\``);
  return value;
}

export const databaseUrl = (): string => required("DATABASE_URL");
export const redisUrl = (): string => required("REDIS_URL");

/** A PostgreSQL schema no other test uses, so each test starts from empty tables. */
export function freshSchema(): string {
  return `test_${randomBytes(6).toString("hex")}`;
}

/** DATABASE_URL with a fresh, empty schema of its own as the connection's search_path. */
export async function freshSchemaUrl(): Promise<string> {
  const schema = freshSchema();
  const { default: pg } = await import("pg");
  const admin = new pg.Client(databaseUrl());
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(databaseUrl());
  url.searchParams.set("options", `-c search_path=${schema}`);
  return url.toString();
}
