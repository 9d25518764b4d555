import { describe, expect, it } from "vitest";
import { bagAmount } from "@/app/_resources/bag-amount";

describe("bagAmount", () => {
  it("takes a whole positive number of bags", () => {
    expect(bagAmount("50", "take", 2900)).toBe(50);
    expect(bagAmount("1200", "restock", 0)).toBe(1200);
  });

  it("refuses nothing, zero, fractions and signs", () => {
    for (const typed of ["", "0", "2.5", "-3", "1e3", " 5"]) expect(bagAmount(typed, "restock", 100)).toBeNull();
  });

  it("takes no more than the depot holds, while a restock may exceed it", () => {
    expect(bagAmount("101", "take", 100)).toBeNull();
    expect(bagAmount("100", "take", 100)).toBe(100);
    expect(bagAmount("101", "restock", 100)).toBe(101);
  });
});
