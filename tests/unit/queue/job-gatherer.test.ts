import { describe, expect, it } from "vitest";
import { createJobGatherer } from "@/lib/queue/job-gatherer";

type Added = { name: string; data: number[]; opts: { jobId?: string; delay?: number } };

function recordingQueue(refuse: (data: number[]) => boolean = () => false) {
  const jobs: Added[] = [];
  return {
    jobs,
    addBulk: async (bulk: Added[]) => {
      if (bulk.some((job) => refuse(job.data))) throw new Error("redis refused");
      jobs.push(...bulk);
    },
  };
}

const spec = { name: "sum", data: (items: readonly number[]) => [...items], jobId: (items: readonly number[]) => `set-${items.join("-")}`, maxBatch: 3 };

describe("job gatherer", () => {
  it("sends a lone item as a job of one", async () => {
    const queue = recordingQueue();
    await createJobGatherer(queue, spec).add(7);
    expect(queue.jobs).toEqual([{ name: "sum", data: [7], opts: { jobId: "set-7" } }]);
  });

  it("gathers items asked for while a job is being added into the next job, up to the batch size", async () => {
    const queue = recordingQueue();
    const gatherer = createJobGatherer(queue, spec);
    await Promise.all([1, 2, 3, 4, 5, 6].map((n) => gatherer.add(n)));
    expect(queue.jobs.map((j) => j.data)).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(queue.jobs.map((j) => j.opts.jobId)).toEqual(["set-1-2-3", "set-4-5-6"]);
  });

  it("gives each group its own job and delay", async () => {
    const queue = recordingQueue();
    const gatherer = createJobGatherer(queue, {
      ...spec,
      maxBatch: 10,
      groupOf: (n: number) => (n % 2 === 0 ? "even" : "odd"),
      delayOf: (items: readonly number[]) => items[0]! * 100,
    });
    await Promise.all([1, 2, 3, 4].map((n) => gatherer.add(n)));
    expect(queue.jobs.map((j) => [j.data, j.opts.delay])).toEqual([
      [[1, 3], 100],
      [[2, 4], 200],
    ]);
  });

  it("adds each item of a refused job alone, so one bad item is refused by itself", async () => {
    const queue = recordingQueue((data) => data.includes(2));
    const gatherer = createJobGatherer(queue, spec);
    const settled = await Promise.allSettled([1, 2, 3].map((n) => gatherer.add(n)));
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(queue.jobs.map((j) => j.data)).toEqual([[1], [3]]);
  });
});
