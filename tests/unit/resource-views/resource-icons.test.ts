import { describe, expect, it } from "vitest";
import type { PickingInfo } from "@deck.gl/core";
import { resourceIcon, resourceIconId, ringSteps } from "@/app/_map/resource-icons";
import { pickedResource, resourcesLayer, resourcesOnJob } from "@/app/_map/resources-layer";
import { resourceStateColors } from "@/app/_resources/resource-colors";
import { aResource, aShelter } from "./resource-fixtures";

describe("resource icons", () => {
  it("lights a shelter's ring in twelfths of its places, at least one step for anyone in it", () => {
    expect(ringSteps(aShelter(120, 0))).toBe(0);
    expect(ringSteps(aShelter(1000, 1))).toBe(1);
    expect(ringSteps(aShelter(120, 60))).toBe(6);
    expect(ringSteps(aShelter(120, 120, "full"))).toBe(12);
    expect(ringSteps(aResource({ kind: "pump", state: "available" }))).toBe(0);
  });

  it("draws one icon per kind, state and fill, in the state's colour, and reuses it", () => {
    const halfFull = aShelter(100, 50);
    expect(resourceIconId(halfFull)).toBe("shelter-open-6");
    expect(resourceIconId(aResource({ kind: "pump", state: "en_route" }))).toBe("pump-en_route-0");
    const icon = resourceIcon(halfFull);
    expect(resourceIcon(aShelter(200, 100))).toBe(icon);
    const svg = decodeURIComponent(icon.url.replace("data:image/svg+xml;charset=utf-8,", ""));
    expect(svg).toContain(`rgb(${resourceStateColors.open.join(",")})`);
    expect(svg).toContain("stroke-dasharray");
    expect(resourceIcon(aShelter(100, 0)).url).not.toContain("stroke-dasharray");
  });
});

describe("resourcesLayer", () => {
  it("draws every resource at its position, pickable, and says which one a click hit", () => {
    const pump = aResource({ kind: "pump", state: "on_scene", lat: 31.1, lng: 121.3 });
    const layer = resourcesLayer([pump]);
    expect(layer.props.pickable).toBe(true);
    expect((layer.props.getPosition as unknown as (r: typeof pump) => number[])(pump)).toEqual([121.3, 31.1]);
    expect(pickedResource({ layer, object: pump } as unknown as PickingInfo)).toBe(pump);
    expect(pickedResource({ layer: { id: "cases" }, object: pump } as unknown as PickingInfo)).toBeNull();
  });
});

describe("resourcesOnJob", () => {
  it("draws a line only for what was sent somewhere", () => {
    const sent = aResource({ kind: "team", state: "en_route", target: { caseId: null, lat: 31.2, lng: 121.4, label: "地道" } });
    expect(resourcesOnJob([aResource({ kind: "pump", state: "available" }), sent, aShelter(10, 2)])).toEqual([sent]);
  });
});
