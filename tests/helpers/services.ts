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
