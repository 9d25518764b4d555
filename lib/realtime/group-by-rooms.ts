import type { Delta } from "@/lib/contracts/delta";
import { scopedRoomsOf } from "./scoped-rooms-of";

export interface RoomGroup {
  readonly rooms: string[];
  readonly deltas: Delta[];
}

/**
 * The deltas by the rooms besides the wall screens' that hear them (screens hear every delta, in one
 * message of their own): one group per distinct set, so each set costs one emit and a socket in
 * several of its rooms still hears each delta once. Deltas no other room hears are left out.
 * Groups come in order of their first delta; deltas keep the order given.
 */
export function groupByRooms(deltas: readonly Delta[]): RoomGroup[] {
  const groups = new Map<string, RoomGroup>();
  for (const delta of deltas) {
    const deltaRooms = scopedRoomsOf(delta);
    if (deltaRooms.length === 0) continue;
    // The same rooms named in another order (assignee and former assignee swapped) are the same set.
    const key = JSON.stringify([...deltaRooms].sort());
    const group = groups.get(key);
    if (group) group.deltas.push(delta);
    else groups.set(key, { rooms: deltaRooms, deltas: [delta] });
  }
  return [...groups.values()];
}
