/** How the Redis presence and driver connect, from a redis:// (or rediss://) address. */
import type { Cluster, Redis, RedisOptions } from "ioredis";
import { RedisPresence } from "@colyseus/redis-presence";

export function redisOptions(address: string): RedisOptions {
  const url = new URL(address);
  if (url.protocol !== "redis:" && url.protocol !== "rediss:") throw new Error(`REDIS_URL must start with redis:// or rediss://, not "${url.protocol}"`);
  const db = url.pathname.replace(/^\//, "");
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 6379,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(url.protocol === "rediss:" ? { tls: {} } : {}),
    // ioredis 5.8.2 and later send CLIENT SETINFO while connecting, which races with the presence's
    // subscriptions ("Connection in subscriber mode", ioredis issue #2037): the presence's channels
    // then never work. Without the client info the handshake is the old, safe one.
    disableClientInfo: true,
  };
}

/** Colyseus's Redis presence, whose command connection the limits per address share (see admission.ts): no connection of their own. */
export class SharedRedisPresence extends RedisPresence {
  get commands(): Redis | Cluster {
    return this.pub;
  }
}
