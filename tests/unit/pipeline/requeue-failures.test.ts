import { describe, expect, it } from "vitest";
import { requeueFailures } from "@/lib/pipeline/requeue-failures";

describe("requeueFailures", () => {
  it("lets a job of one fail with its item's error, queuing nothing", async () => {
    const queued: string[] = [];
    const failure = new Error("webhook down");
    await expect(requeueFailures([{ item: "a", error: failure }], 1, async (item) => void queued.push(item))).rejects.toBe(failure);
    expect(queued).toEqual([]);
  });

  it("queues each failed item of a larger job alone and lets the job succeed", async () => {
    const queued: string[] = [];
    const failed = [
      { item: "b", error: new Error("x") },
      { item: "d", error: new Error("y") },
    ];
    await expect(requeueFailures(failed, 4, async (item) => void queued.push(item))).resolves.toBeUndefined();
    expect(queued).toEqual(["b", "d"]);
  });

  it("does nothing when nothing failed", async () => {
    const queued: string[] = [];
    await requeueFailures([], 1, async (item: string) => void queued.push(item));
    expect(queued).toEqual([]);
  });
});
