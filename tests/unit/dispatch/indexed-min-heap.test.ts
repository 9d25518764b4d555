import { describe, expect, it } from "vitest";
import { IndexedMinHeap } from "@/lib/domain/dispatch/indexed-min-heap";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";

describe("IndexedMinHeap", () => {
  it("pops items by their lowest key, after keys were lowered", () => {
    const random = createSeededRandom("heap");
    const heap = new IndexedMinHeap(200);
    const keys = new Map<number, number>();
    for (let i = 0; i < 500; i++) {
      const item = random.int(0, 200);
      const key = random.float() * 1000;
      if (keys.has(item) && keys.get(item)! <= key) continue;
      keys.set(item, key);
      heap.push(item, key);
    }
    const popped: number[] = [];
    while (!heap.isEmpty()) popped.push(heap.pop());
    const expected = [...keys.entries()].sort((a, b) => a[1] - b[1]).map(([item]) => item);
    expect(popped).toEqual(expected);
  });

  it("starts empty again after clear", () => {
    const heap = new IndexedMinHeap(3);
    heap.push(2, 5);
    heap.push(1, 7);
    heap.clear();
    expect(heap.isEmpty()).toBe(true);
    heap.push(1, 1);
    expect(heap.pop()).toBe(1);
    expect(heap.isEmpty()).toBe(true);
  });
});
