import { describe, expect, it } from "vitest";
import { reduceLive } from "@/app/_live/live-reducer";
import { initialLiveState } from "@/app/_live/live-state";
import { aResource, aSnapshot } from "./live-fixtures";

const at = 1_000;
const pump = "b1a0fd72-81fa-5e9e-9b6e-5dd984b23b6d";

describe("reduceLive: emergency resources", () => {
  const loaded = reduceLive(initialLiveState, { type: "snapshot-loaded", snapshot: aSnapshot(10, { resources: [aResource(pump, { version: 2 })] }), at });

  it("holds the snapshot's resources by id", () => {
    expect(loaded.resources.get(pump)).toMatchObject({ state: "available", version: 2 });
  });

  it("applies a newer resource delta and ignores one older than what it has", () => {
    const sent = reduceLive(loaded, { type: "deltas-received", deltas: [{ seq: 11, kind: "resource", resource: aResource(pump, { version: 3, state: "en_route" }) }], at });
    expect(sent.resources.get(pump)).toMatchObject({ state: "en_route", version: 3 });
    expect(sent.lastSeq).toBe(11);
    const stale = reduceLive(sent, { type: "deltas-received", deltas: [{ seq: 12, kind: "resource", resource: aResource(pump, { version: 2 }) }], at });
    expect(stale.resources.get(pump)).toMatchObject({ state: "en_route", version: 3 });
    expect(stale.lastSeq).toBe(12);
  });

  it("adds a resource it has not seen", () => {
    const other = "74745b88-12cb-5e53-9e5e-2b41fce556e8";
    const next = reduceLive(loaded, { type: "deltas-received", deltas: [{ seq: 11, kind: "resource", resource: aResource(other, { kind: "sandbags", stock: 2900 }) }], at });
    expect([...next.resources.keys()].sort()).toEqual([other, pump].sort());
    expect(loaded.resources.size).toBe(1);
  });
});
