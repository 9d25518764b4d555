import { describe, expect, it } from "vitest";
import { createAgenda } from "@/scripts/simulator/model/agenda";

describe("agenda", () => {
  it("hands out what is due, earliest first, once", () => {
    const agenda = createAgenda<string>();
    agenda.plan("b", 20, "second");
    agenda.plan("a", 10, "first");
    agenda.plan("c", 30, "later");
    expect(agenda.takeDue(25)).toEqual(["first", "second"]);
    expect(agenda.takeDue(25)).toEqual([]);
    expect(agenda.size).toBe(1);
  });

  it("keeps one plan per key until it is taken or cancelled", () => {
    const agenda = createAgenda<string>();
    expect(agenda.plan("k", 10, "one")).toBe(true);
    expect(agenda.plan("k", 5, "two")).toBe(false);
    expect(agenda.has("k")).toBe(true);
    agenda.cancel("k");
    expect(agenda.has("k")).toBe(false);
    expect(agenda.plan("k", 5, "three")).toBe(true);
    expect(agenda.takeDue(5)).toEqual(["three"]);
  });
});
