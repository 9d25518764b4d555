import { describe, expect, it } from "vitest";
import { createBulkAdder } from "@/lib/queue/bulk-adder";

function recordingQueue(fail = false) {
  const calls: string[][] = [];
  return {
    calls,
    addBulk: async (jobs: { name: string }[]) => {
      calls.push(jobs.map((j) => j.name));
      if (fail) throw new Error("redis is down");
      return [];
    },
  };
}

describe("bulk adder", () => {
  it("sends the adds of one turn as one addBulk and resolves each", async () => {
    const queue = recordingQueue();
    const adder = createBulkAdder<number>(queue as never);
    await Promise.all([adder.add("a", 1, {}), adder.add("b", 2, {}), adder.add("c", 3, {})]);
    expect(queue.calls).toEqual([["a", "b", "c"]]);
  });

  it("splits at the batch size and still sends the rest", async () => {
    const queue = recordingQueue();
    const adder = createBulkAdder<number>(queue as never, 2);
    await Promise.all(["a", "b", "c", "d", "e"].map((n) => adder.add(n, 0, {})));
    expect(queue.calls).toEqual([["a", "b"], ["c", "d"], ["e"]]);
  });

  it("sends adds of a later turn in a batch of their own", async () => {
    const queue = recordingQueue();
    const adder = createBulkAdder<number>(queue as never);
    await adder.add("a", 1, {});
    await adder.add("b", 2, {});
    expect(queue.calls).toEqual([["a"], ["b"]]);
  });

  it("rejects every add of a batch that Redis refused, so callers can answer 503", async () => {
    const adder = createBulkAdder<number>(recordingQueue(true) as never);
    const results = await Promise.allSettled([adder.add("a", 1, {}), adder.add("b", 2, {})]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
  });
});
