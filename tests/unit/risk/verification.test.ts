import { describe, expect, it } from "vitest";
import { rocAuc } from "@/lib/domain/risk/roc-auc";
import { verifyTopShare } from "@/lib/domain/risk/top-share-verification";

describe("ROC AUC", () => {
  it("matches a hand-worked example with a tie", () => {
    // Flooded: 0.9, 0.6, 0.4; dry: 0.8, 0.4, 0.1. Pairs (flooded, dry) won: 0.9 beats all 3; 0.6 beats 0.4 and 0.1;
    // 0.4 ties 0.4 (½) and beats 0.1. (3 + 2 + 1.5) / 9.
    const scores = [0.9, 0.8, 0.6, 0.4, 0.4, 0.1];
    const flooded = [true, false, true, true, false, false];
    expect(rocAuc(scores, flooded)).toBeCloseTo(6.5 / 9, 12);
  });

  it("is 1 for a perfect ranking, 0 for a reversed one and ½ when every score is equal", () => {
    expect(rocAuc([3, 2, 1, 0], [true, true, false, false])).toBe(1);
    expect(rocAuc([0, 1, 2, 3], [true, true, false, false])).toBe(0);
    expect(rocAuc([5, 5, 5, 5], [true, false, true, false])).toBe(0.5);
  });

  it("agrees with counting every pair on random rankings", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    for (let trial = 0; trial < 50; trial += 1) {
      const scores = Array.from({ length: 40 }, () => Math.round(random() * 10));
      const flooded = scores.map(() => random() < 0.3);
      let won = 0;
      let pairs = 0;
      scores.forEach((p, i) => {
        if (!flooded[i]) return;
        scores.forEach((n, j) => {
          if (flooded[j]) return;
          pairs += 1;
          won += p > n ? 1 : p === n ? 0.5 : 0;
        });
      });
      const expected = pairs === 0 ? Number.NaN : won / pairs;
      expect(rocAuc(scores, flooded)).toBeCloseTo(expected, 12);
    }
  });

  it("cannot judge a ranking with one class only", () => {
    expect(rocAuc([1, 2], [true, true])).toBeNaN();
  });
});

describe("top-share verification", () => {
  it("flags the top tenth and scores hits and false alarms", () => {
    const scores = Array.from({ length: 20 }, (_, i) => 20 - i);
    const flooded = scores.map((_, i) => i === 0 || i === 5 || i === 10 || i === 19);
    // Top 10 % of 20 = the 2 highest: cell 0 (flooded, a hit) and cell 1 (dry, a false alarm).
    expect(verifyTopShare(scores, flooded, 0.1)).toEqual({ flagged: 2, hitRate: 1 / 4, falseAlarmRate: 1 / 16 });
  });

  it("flags every cell tied with the last one flagged", () => {
    expect(verifyTopShare([3, 2, 2, 2, 1], [true, false, true, false, false], 0.2).flagged).toBe(1);
    expect(verifyTopShare([3, 2, 2, 2, 1], [true, false, true, false, false], 0.4)).toEqual({ flagged: 4, hitRate: 1, falseAlarmRate: 2 / 3 });
  });
});
