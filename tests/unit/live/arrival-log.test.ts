import { describe, expect, it } from "vitest";
import { ArrivalLog } from "@/app/_live/arrival-log";

const window = 30_000;

describe("ArrivalLog", () => {
  it("lists arrivals oldest first and forgets those older than the window", () => {
    const log = ArrivalLog.empty.record(["a", "b"], 1_000, window).record(["c"], 20_000, window);
    expect([...log]).toEqual([
      ["a", 1_000],
      ["b", 1_000],
      ["c", 20_000],
    ]);
    const later = log.record(["d"], 31_001, window);
    expect([...later.keys()]).toEqual(["c", "d"]);
    expect(later.size).toBe(2);
  });

  it("gives the latest arrivals, oldest of them first", () => {
    const log = ArrivalLog.empty.record(["a", "b"], 1_000, window).record(["c"], 2_000, window);
    expect([...log.latest(2)]).toEqual([
      ["b", 1_000],
      ["c", 2_000],
    ]);
    expect([...log.latest(10)].map(([id]) => id)).toEqual(["a", "b", "c"]);
  });

  it("answers the same log when nothing arrived and nothing expired", () => {
    const log = ArrivalLog.empty.record(["a"], 1_000, window);
    expect(log.record([], 5_000, window)).toBe(log);
  });

  it("leaves every earlier version as it was, also when an earlier one records again", () => {
    const first = ArrivalLog.empty.record(["a"], 1_000, window);
    const second = first.record(["b"], 2_000, window);
    const branch = first.record(["x"], 3_000, window);
    const third = second.record(["c"], 4_000, window);
    expect([...first.keys()]).toEqual(["a"]);
    expect([...second.keys()]).toEqual(["a", "b"]);
    expect([...branch.keys()]).toEqual(["a", "x"]);
    expect([...third.keys()]).toEqual(["a", "b", "c"]);
  });

  it("keeps its contents when the expired front is let go of", () => {
    let log = ArrivalLog.empty;
    for (let second = 0; second < 3_000; second++) log = log.record([`case-${second}`], second * 1_000, window);
    expect(log.size).toBe(31);
    expect([...log.keys()].at(0)).toBe("case-2969");
    expect([...log.keys()].at(-1)).toBe("case-2999");
  });
});
