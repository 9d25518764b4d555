import { describe, expect, it } from "vitest";
import { queueNames } from "@/lib/queue/queue-names";
import { definitionsByQueue, jobDefinitions } from "@/workers/registry";

describe("job registry", () => {
  it("gives every processed queue exactly one job", () => {
    const processed = Object.values(queueNames).filter((q) => q !== queueNames.deadLetter);
    expect([...definitionsByQueue().keys()].sort()).toEqual(processed.sort());
  });

  it("refuses two jobs on one queue", () => {
    expect(() => definitionsByQueue([...jobDefinitions, jobDefinitions[0]!])).toThrow("more than one");
  });

  it("refuses a queue left without a job", () => {
    expect(() => definitionsByQueue(jobDefinitions.slice(1))).toThrow("no job definition");
  });
});
