import type { Delta } from "@/lib/contracts/delta";
import { fullTextRoomsOf, scopedRoomsOf } from "./scoped-rooms-of";

export interface RoomGroup {
  readonly rooms: string[];
  readonly deltas: Delta[];
}

/**
 * The deltas by the rooms besides the wall screens' that hear them (screens hear every delta, in one
 * message of their own): one group per distinct set, so each set costs one emit and a socket in
 * several of its rooms still hears each delta once. Deltas no other room hears are left out.
 * `masked` holds each delta as rooms that may not read its text get it (maskDeltas); where it
 * differs, those rooms get it in groups apart from the rooms that read the text as written.
 * Groups come in order of their first delta; deltas keep the order given.
 */
export function groupByRooms(deltas: readonly Delta[], masked: readonly Delta[] = deltas): RoomGroup[] {
  const groups = new Map<string, RoomGroup>();
  const add = (deltaRooms: string[], delta: Delta) => {
    if (deltaRooms.length === 0) return;
    // The same rooms named in another order (assignee and former assignee swapped) are the same set.
    const key = JSON.stringify([...deltaRooms].sort());
    const group = groups.get(key);
    if (group) group.deltas.push(delta);
    else groups.set(key, { rooms: deltaRooms, deltas: [delta] });
  };
  deltas.forEach((delta, i) => {
    const deltaRooms = scopedRoomsOf(delta);
    const hidden = masked[i] ?? delta;
    if (hidden === delta) return add(deltaRooms, delta);
    const fullText = fullTextRoomsOf(delta);
    add(deltaRooms.filter((room) => fullText.has(room)), delta);
    add(deltaRooms.filter((room) => !fullText.has(room)), hidden);
  });
  return [...groups.values()];
}
