import { describe, expect, it } from "vitest";
import { allowedAt } from "@/app/dispatch/_console/console-permissions";
import { rankedWorkers, suggestedWorkersLayers, travelLinesLayer } from "@/app/dispatch/_console/suggestion-layers";
import { rolePermissions } from "@/app/dispatch/role-permissions";
import type { WorkerSuggestion } from "@/lib/contracts";
import { aCase } from "../live/live-fixtures";

describe("rolePermissions", () => {
  it("gives the dispatcher every console move, from the stages of the rule table", () => {
    const dispatcher = rolePermissions("dispatcher");
    expect(Object.keys(dispatcher).sort()).toEqual(["cancel", "dispatch", "locate", "merge", "reassign", "reject"]);
    expect(dispatcher.reassign).toEqual({ from: ["dispatched", "in_progress"], needsReason: true });
    expect(allowedAt(dispatcher, "dispatch", "accepted")).toBe(true);
    expect(allowedAt(dispatcher, "merge", "in_progress")).toBe(false);
  });

  it("lets an operator reject, cancel and place a case but not dispatch, reassign or merge", () => {
    const operator = rolePermissions("operator");
    expect(Object.keys(operator).sort()).toEqual(["cancel", "locate", "reject"]);
    expect(allowedAt(operator, "reassign", "dispatched")).toBe(false);
  });
});

describe("suggestion layers", () => {
  const suggestion = (workerId: string): WorkerSuggestion => ({ workerId, name: workerId, travelMeters: 100, load: 0, maxLoad: 5, sameGrid: false, lat: 31.2, lng: 121.4 });
  const workers = rankedWorkers([suggestion("W1"), suggestion("W2")]);

  it("numbers the suggestions from 1 in their order", () => {
    expect(workers.map((w) => [w.workerId, w.rank])).toEqual([["W1", 1], ["W2", 2]]);
  });

  it("keeps stable layer ids and marks the chosen worker", () => {
    const [discs] = suggestedWorkersLayers(workers, "W2");
    const lines = travelLinesLayer({ ...aCase("c"), lat: 31.23, lng: 121.47, gridCell: "89309959d73ffff" }, workers, "W2");
    expect([discs!.id, lines.id]).toEqual(["suggested-workers", "suggestion-lines"]);
    const color = lines.props.getColor as unknown as (w: (typeof workers)[number]) => number[];
    expect(color(workers[1]!)).toEqual([250, 204, 21, 255]);
    expect(color(workers[0]!)[3]).toBeLessThan(255);
  });
});
