/**
 * What a room does when another process has taken its match or class over (its lease was lost:
 * this process stalled past it). The new owner's room has the same id, and the matchmaker's
 * shared listing (Redis) under that id is now the new room's: Colyseus removes or rewrites a
 * room's listing as the room closes, which here would unlist the live room, and players could
 * no longer find their match. The closing room's listing is swapped for one that writes nowhere.
 */
import type { Room } from "@colyseus/core";

const WRITES = new Set<PropertyKey>(["save", "updateOne", "remove"]);

export function letGoOfListing(room: Room): void {
  room.listing = new Proxy(room.listing, {
    get: (listing, key, receiver) => (WRITES.has(key) ? async () => undefined : Reflect.get(listing, key, receiver)),
  });
}
