import { describe, expect, it } from "vitest";
import { BatchItemFailure, createBatchRunner } from "@/lib/queue/batch-runner";

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** A run whose batches finish only when the test says so. */
function controlledRun() {
  const batches: number[][] = [];
  const finishers: (() => void)[] = [];
  const run = (items: readonly number[]) => {
    batches.push([...items]);
    return new Promise<number[]>((resolve) => finishers.push(() => resolve(items.map((n) => n * 10))));
  };
  const finishNext = async () => {
    finishers.shift()?.();
    // The finished batch frees its slot, then the next batch leaves at the following turn.
    await turn();
    await turn();
  };
  return { run, batches, finishNext };
}

describe("batch runner", () => {
  it("runs a lone item at the next turn, and gives each item its own result", async () => {
    const runner = createBatchRunner(async (items: readonly number[]) => items.map((n) => n + 1), { maxBatch: 10, maxInFlight: 1 });
    await expect(Promise.all([runner.submit(1), runner.submit(2)])).resolves.toEqual([2, 3]);
  });

  it("gathers what arrives while a batch runs into the next batch, up to the batch limit", async () => {
    const { run, batches, finishNext } = controlledRun();
    const runner = createBatchRunner(run, { maxBatch: 3, maxInFlight: 1 });
    const results = [runner.submit(1)];
    await turn();
    for (let n = 2; n <= 6; n++) results.push(runner.submit(n));
    await turn();
    expect(batches).toEqual([[1]]);
    await finishNext();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    await finishNext();
    expect(batches).toEqual([[1], [2, 3, 4], [5, 6]]);
    await finishNext();
    await expect(Promise.all(results)).resolves.toEqual([10, 20, 30, 40, 50, 60]);
  });

  it("runs up to maxInFlight batches at once", async () => {
    const { run, batches, finishNext } = controlledRun();
    const runner = createBatchRunner(run, { maxBatch: 2, maxInFlight: 2 });
    for (let n = 1; n <= 5; n++) void runner.submit(n);
    await turn();
    expect(batches).toEqual([[1, 2], [3, 4]]);
    await finishNext();
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("counts a batch by what its items hold when told how, taking one item past the limit only alone", async () => {
    const { run, batches, finishNext } = controlledRun();
    const runner = createBatchRunner(run, { maxBatch: 10, sizeOf: (n) => n, maxInFlight: 1 });
    for (const n of [4, 5, 2, 12, 3]) void runner.submit(n);
    await turn();
    expect(batches).toEqual([[4, 5]]);
    await finishNext();
    expect(batches).toEqual([[4, 5], [2]]);
    await finishNext();
    await finishNext();
    expect(batches).toEqual([[4, 5], [2], [12], [3]]);
  });

  it("runs the items of a failed batch one by one, so only the poisoned one fails", async () => {
    const runs: number[][] = [];
    const runner = createBatchRunner(
      async (items: readonly number[]) => {
        runs.push([...items]);
        if (items.includes(13)) throw new Error("poisoned");
        return items.map((n) => n * 2);
      },
      { maxBatch: 10, maxInFlight: 1 },
    );
    const settled = await Promise.allSettled([runner.submit(1), runner.submit(13), runner.submit(3)]);
    expect(settled.map((s) => (s.status === "fulfilled" ? s.value : (s.reason as Error).message))).toEqual([2, "poisoned", 6]);
    expect(runs).toEqual([[1, 13, 3], [1], [13], [3]]);
  });

  it("fails only the item its run reports as failed", async () => {
    const runner = createBatchRunner(
      async (items: readonly number[]) => items.map((n) => (n < 0 ? new BatchItemFailure(new Error(`negative ${n}`)) : n)),
      { maxBatch: 10, maxInFlight: 1 },
    );
    const settled = await Promise.allSettled([runner.submit(1), runner.submit(-2)]);
    expect(settled.map((s) => (s.status === "fulfilled" ? s.value : (s.reason as Error).message))).toEqual([1, "negative -2"]);
  });
});
