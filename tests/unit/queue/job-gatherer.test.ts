import { describe, expect, it } from "vitest";
import { createJobGatherer } from "@/lib/queue/job-gatherer";

function recordingQueue(failWhen: (data: number[]) => boolean = () => false) {
  const jobs: { name: string; data: number[]; jobId: string | undefined }[] = [];
  return {
    jobs,
    add: async (name: string, data: number[], opts: { jobId?: string }) => {
      if (failWhen(data)) throw new Error("redis refused");
      jobs.push({ name, data, jobId: opts.jobId });
    },
  };
}

const spec = { name: "sum", data: (items: readonly number[]) => [...items], jobId: (items: readonly number[]) => `set-${items.join("-")}`, maxBatch: 3 };

describe("job gatherer", () => {
  it("sends a lone item as a job of one", async () => {
    const queue = recordingQueue();
    await createJobGatherer(queue, spec).add(7);
    expect(queue.jobs).toEqual([{ name: "sum", data: [7], jobId: "set-7" }]);
  });

  it("gathers items asked for while a job is being added into the next job, up to the batch size", async () => {
    const queue = recordingQueue();
    const gatherer = createJobGatherer(queue, spec);
    await Promise.all([1, 2, 3, 4, 5, 6].map((n) => gatherer.add(n)));
    expect(queue.jobs.map((j) => j.data)).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(queue.jobs.map((j) => j.jobId)).toEqual(["set-1-2-3", "set-4-5-6"]);
  });

  it("adds each item of a refused job alone, so one bad item is refused by itself", async () => {
    const queue = recordingQueue((data) => data.includes(2));
    const gatherer = createJobGatherer(queue, spec);
    const settled = await Promise.allSettled([1, 2, 3].map((n) => gatherer.add(n)));
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(queue.jobs.map((j) => j.data)).toEqual([[1], [3]]);
  });
});
