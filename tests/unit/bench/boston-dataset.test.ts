import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBostonCases } from "@/scripts/bench/replay/boston-cases";
import { BOSTON_REPLAY_DAYS, firstDays } from "@/scripts/bench/replay/boston-window";

const subset = path.resolve(import.meta.dirname, "../../../datasets/boston311/boston-311-2015-jan-feb.csv.gz");

describe("the repository's Boston 311 subset", () => {
  it("holds every case of the replay's days, in opening order", async () => {
    const cases = await loadBostonCases(subset);
    expect(cases).toHaveLength(10_877);
    expect(firstDays(cases, BOSTON_REPLAY_DAYS)).toHaveLength(cases.length);
    expect(cases.every((c, i) => i === 0 || cases[i - 1]!.openedAt <= c.openedAt)).toBe(true);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });
});
