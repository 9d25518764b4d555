import { describe, expect, it } from "vitest";
import { createCatchUpBudget } from "@/lib/realtime/catch-up-budget";

describe("createCatchUpBudget", () => {
  it("holds each socket to its own budget", () => {
    const budget = createCatchUpBudget(2, 100);
    const socket = budget.forSocket("198.51.100.1", 0);
    expect([socket.take(0).ok, socket.take(0).ok, socket.take(0).ok]).toEqual([true, true, false]);
    expect(budget.forSocket("198.51.100.1", 0).take(0).ok).toBe(true);
  });

  it("shares one budget among the sockets of an address, and not with other addresses", () => {
    const budget = createCatchUpBudget(2, 3);
    const fromOne = Array.from({ length: 5 }, () => budget.forSocket("198.51.100.1", 0).take(0).ok);
    expect(fromOne).toEqual([true, true, true, false, false]);
    expect(budget.forSocket("198.51.100.2", 0).take(0).ok).toBe(true);
    expect(budget.forSocket("198.51.100.1", 0).take(10_000).ok).toBe(true);
  });
});
