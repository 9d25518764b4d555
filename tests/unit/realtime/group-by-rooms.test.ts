import { describe, expect, it } from "vitest";
import type { Delta } from "@/lib/contracts";
import { groupByRooms } from "@/lib/realtime/group-by-rooms";
import { maskDeltas } from "@/lib/realtime/mask-deltas";
import { aCase, aWorker, workerDelta } from "../live/live-fixtures";

const caseTo = (seq: number, department: string, assigneeId: string | null, formerAssigneeId?: string): Delta => ({
  seq,
  kind: "case",
  case: aCase(`c${seq}`, { department, assigneeId }),
  ...(formerAssigneeId && { formerAssigneeId }),
});

const seqsByRooms = (deltas: Delta[]) => groupByRooms(deltas).map((group) => [group.rooms, group.deltas.map((d) => d.seq)]);

describe("groupByRooms", () => {
  it("puts deltas bound for the same rooms in one group, keeping their order", () => {
    const deltas = [caseTo(1, "water", "W7"), caseTo(2, "roads", null), caseTo(3, "water", "W7"), caseTo(4, "roads", null)];
    expect(seqsByRooms(deltas)).toEqual([
      [["department:water", "worker:W7"], [1, 3]],
      [["department:roads"], [2, 4]],
    ]);
  });

  it("orders the groups by their first delta", () => {
    const deltas = [caseTo(1, "roads", null), caseTo(2, "water", null), caseTo(3, "roads", null)];
    expect(seqsByRooms(deltas)).toEqual([
      [["department:roads"], [1, 3]],
      [["department:water"], [2]],
    ]);
  });

  it("leaves out deltas only the screens hear, which get every delta in a message of their own", () => {
    const deltas = [workerDelta(1, aWorker("W7")), caseTo(2, "water", null), workerDelta(3, aWorker("W8"))];
    expect(seqsByRooms(deltas)).toEqual([[["department:water"], [2]]]);
  });

  it("keeps apart deltas that differ by one room, so nobody hears what is not theirs", () => {
    const deltas = [caseTo(1, "water", "W7"), caseTo(2, "water", "W8"), caseTo(3, "water", null)];
    expect(groupByRooms(deltas)).toHaveLength(3);
  });

  it("treats a case moved from W7 to W8 and one moved back as bound for the same rooms", () => {
    const deltas = [caseTo(1, "water", "W8", "W7"), caseTo(2, "water", "W7", "W8")];
    expect(seqsByRooms(deltas)).toEqual([[["department:water", "worker:W8", "worker:W7"], [1, 2]]]);
  });

  it("places every delta some room besides the screens hears in exactly one group", () => {
    const deltas = Array.from({ length: 50 }, (_, i) => caseTo(i + 1, i % 2 ? "water" : "roads", i % 3 ? `W${i % 5}` : null));
    const grouped = groupByRooms(deltas).flatMap((group) => group.deltas);
    expect(grouped.map((d) => d.seq).sort((a, b) => a - b)).toEqual(deltas.map((d) => d.seq));
  });

  it("has nothing to send for no deltas", () => {
    expect(groupByRooms([])).toEqual([]);
  });

  it("sends a phone number typed into a case only to its assigned worker, masked to its department and its former worker", () => {
    const withPhone: Delta = { seq: 1, kind: "case", case: aCase("c1", { department: "water", assigneeId: "W8", description: "电话13812345678" }), formerAssigneeId: "W7" };
    const deltas = [withPhone, caseTo(2, "water", "W8", "W7")];
    const masked = maskDeltas(deltas);
    expect(masked).not.toBe(deltas);
    expect(masked[1]).toBe(deltas[1]);
    const described = groupByRooms(deltas, masked).map((group) => [group.rooms, group.deltas.map((d) => d.kind === "case" && d.case.description)]);
    expect(described).toEqual([
      [["worker:W8"], ["电话13812345678"]],
      [["department:water", "worker:W7"], ["电话138****5678"]],
      [["department:water", "worker:W8", "worker:W7"], ["pothole"]],
    ]);
  });

  it("leaves a batch with no number in it as it is, so every room shares one message", () => {
    const deltas = [caseTo(1, "water", "W8"), workerDelta(2, aWorker("W7"))];
    expect(maskDeltas(deltas)).toBe(deltas);
  });
});
