import { cellToLatLng, latLngToCell } from "h3-js";
import { describe, expect, it } from "vitest";
import type { PickingInfo } from "@deck.gl/core";
import { arrivalPulseLayer } from "@/app/_map/arrival-pulse-layer";
import { overdueColor } from "@/app/_map/case-color";
import { CaseDots } from "@/app/_map/case-dots";
import { caseDotsLayer, pickedCaseId } from "@/app/_map/case-dots-layer";
import { CaseDotsUpload, type CaseDotsLayerData } from "@/app/_map/case-dots-upload";
import { drawRank } from "@/app/_map/case-points";
import { casesLayer } from "@/app/_map/cases-layer";
import { densityLayer } from "@/app/_map/density-layer";
import { densityColor, overdueRamp, rateColor, satisfactionRamp } from "@/app/_map/density-ramp";
import { hexColors } from "@/app/_map/hex-measure";
import { selectedCaseLayer } from "@/app/_map/selected-case-layer";
import { stageColors } from "@/app/_map/stage-colors";
import { workerPoints } from "@/app/_map/worker-points";
import { workerColors, workersLayer } from "@/app/_map/workers-layer";
import type { CaseSummary } from "@/lib/contracts";
import { aCase, aPlacedCase, aWorker } from "../live/live-fixtures";
import { deviceStandIn } from "./gpu-buffer-stand-in";

/** deck.gl accessors are typed for its own calls (object, info); these tests call them with the object only. */
function accessor<T, R>(prop: unknown): (object: T) => R {
  return prop as (object: T) => R;
}

describe("drawRank", () => {
  it("leaves out rejected, merged and cancelled cases and ranks open, urgent ones last (on top)", () => {
    const ranked = [
      aCase("urgent", { priority: "urgent" }),
      aCase("closed", { stage: "closed", priority: "urgent" }),
      aCase("low", { priority: "low" }),
      aCase("merged", { stage: "merged" }),
      aCase("rejected", { stage: "rejected" }),
      aCase("normal"),
    ].flatMap((summary) => {
      const rank = drawRank(summary);
      return rank === null ? [] : [{ id: summary.id, rank }];
    });
    expect(ranked.sort((a, b) => a.rank - b.rank).map((point) => point.id)).toEqual(["closed", "low", "normal", "urgent"]);
  });

  it("draws overdue open cases above every other open case", () => {
    const ranked = [
      aCase("urgent", { priority: "urgent" }),
      aCase("late", { priority: "low", overdue: true }),
      aCase("closed-late", { stage: "closed", overdue: true }),
    ].map((summary) => ({ id: summary.id, rank: drawRank(summary)! }));
    expect(ranked.sort((a, b) => a.rank - b.rank).map((point) => point.id)).toEqual(["closed-late", "urgent", "late"]);
  });
});

describe("casesLayer", () => {
  it("keeps the very data array it was given", () => {
    const data = [aPlacedCase("a")];
    expect(casesLayer(data).props.data).toBe(data);
  });

  it("colours by stage, fades finished cases and sizes by priority", () => {
    const { getFillColor, getRadius } = casesLayer([]).props;
    const fill = accessor<CaseSummary, number[]>(getFillColor);
    const radius = accessor<CaseSummary, number>(getRadius);
    expect(fill(aCase("a", { stage: "dispatched" }))).toEqual([...stageColors.dispatched, 235]);
    expect(fill(aCase("b", { stage: "closed" }))[3]).toBeLessThan(235);
    expect(radius(aCase("c", { priority: "urgent" }))).toBeGreaterThan(radius(aCase("d", { priority: "low" })));
  });

  it("paints an overdue open case red with a light rim, a finished one by its stage", () => {
    const { getFillColor, getLineColor } = casesLayer([]).props;
    const fill = accessor<CaseSummary, number[]>(getFillColor);
    const line = accessor<CaseSummary, number[]>(getLineColor);
    const late = aCase("late", { stage: "dispatched", overdue: true });
    expect(fill(late)).toEqual([...overdueColor, 235]);
    expect(line(late)).not.toEqual(line(aCase("on-time", { stage: "dispatched" })));
    expect(fill(aCase("closed-late", { stage: "closed", overdue: true })).slice(0, 3)).toEqual([...stageColors.closed]);
  });
});

describe("arrivalPulseLayer", () => {
  it("rings a newly arrived case in the colour of its dot", () => {
    const line = accessor<CaseSummary, number[]>(arrivalPulseLayer([], 0).props.getLineColor);
    expect(line(aCase("late", { stage: "reported", overdue: true }))).toEqual([...overdueColor, 255]);
    expect(line(aCase("new", { stage: "reported" }))).toEqual([...stageColors.reported, 255]);
  });
});

describe("caseDotsLayer", () => {
  const dots = new CaseDots();
  dots.update(undefined, aCase("urgent", { priority: "urgent" }));
  dots.update(undefined, aCase("low", { priority: "low" }));
  const data = dots.publish();
  const upload = new CaseDotsUpload(deviceStandIn().device);
  const layer = caseDotsLayer(upload.sync(data));
  const rowOf = (id: string) => Array.from({ length: data.length }, (_, row) => row).find((row) => dots.idAt(row) === id)!;

  it("draws every dot in one pickable layer, each attribute a view into the rows' one buffer", () => {
    const { attributes } = layer.props.data as CaseDotsLayerData;
    expect(layer.props.pickable).toBe(true);
    expect(new Set(Object.values(attributes).map((attribute) => attribute.buffer)).size).toBe(1);
    expect(Object.values(attributes).map((attribute) => attribute.stride)).toEqual(Array(5).fill(24));
  });

  it("asks deck.gl for no attribute work while the rows stay in the same buffer, for all of it otherwise", () => {
    const diff = (next: unknown, previous: unknown) => (layer.props._dataDiff as (next: unknown, previous: unknown) => unknown)(next, previous);
    const before = upload.sync(data);
    dots.update(aCase("low", { priority: "low" }), aCase("low", { priority: "low", lat: 31.3, version: 2 }));
    expect(diff(upload.sync(dots.publish()), before)).toEqual([]);
    const elsewhere = new CaseDotsUpload(deviceStandIn().device).sync(dots.publish());
    expect(diff(elsewhere, before)).toBeUndefined();
  });

  it("tells which case a picked dot belongs to, and nothing for other layers", () => {
    const info = (picked: unknown, index: number) => ({ layer: picked, index }) as unknown as PickingInfo;
    expect(pickedCaseId(data, info(layer, rowOf("urgent")))).toBe("urgent");
    expect(pickedCaseId(data, info(layer, rowOf("low")))).toBe("low");
    expect(pickedCaseId(data, info(workersLayer([]), 0))).toBeUndefined();
  });
});

describe("workers", () => {
  it("places each worker at its latest streamed position, else where its summary says", () => {
    const workers = new Map([
      ["w1", aWorker("w1", { lat: 31.1, lng: 121.1 })],
      ["w2", aWorker("w2", { lat: 31.2, lng: 121.2, onDuty: false })],
    ]);
    const points = workerPoints(workers, new Map([["w1", { lat: 31.5, lng: 121.5 }]]));
    expect(points).toEqual([
      { id: "w1", lat: 31.5, lng: 121.5, onDuty: true },
      { id: "w2", lat: 31.2, lng: 121.2, onDuty: false },
    ]);
  });

  it("keeps the points drawn before when only what the map does not show changed (a task's load)", () => {
    const before = workerPoints(new Map([["w1", aWorker("w1", { lat: 31.1, lng: 121.1 })]]), new Map());
    const loaded = new Map([["w1", aWorker("w1", { lat: 31.1, lng: 121.1, load: 3 })]]);
    expect(workerPoints(loaded, new Map(), before)).toBe(before);
    expect(workerPoints(loaded, new Map([["w1", { lat: 31.2, lng: 121.1 }]]), before)).toEqual([{ id: "w1", lat: 31.2, lng: 121.1, onDuty: true }]);
    expect(workerPoints(new Map([["w1", aWorker("w1", { lat: 31.1, lng: 121.1, onDuty: false })]]), new Map(), before)).not.toBe(before);
  });

  it("tells on-duty from off-duty workers by colour", () => {
    const fill = accessor<{ onDuty: boolean }, unknown>(workersLayer([]).props.getFillColor);
    expect(fill({ onDuty: true })).toEqual(workerColors.onDuty);
    expect(fill({ onDuty: false })).toEqual(workerColors.offDuty);
  });
});

describe("densityLayer", () => {
  const hexes = [latLngToCell(31.23, 121.47, 9), latLngToCell(31.3, 121.55, 9), latLngToCell(31.1, 121.3, 9)];
  const cells = { resolution: 9, hexes, counts: [2, 9, 0], maxCount: 9, overdue: [1, 0, 0], rated: [0, 4, 2], satisfied: [0, 3, 0] } as const;
  type Binary = { length: number; attributes: Record<string, { value: Float64Array | Uint8Array; size: number }> };
  const dataOf = (layer: ReturnType<typeof densityLayer>) => layer.props.data as unknown as Binary;

  it("draws each cell as a hexagon at its centre, from arrays worked out once per list of cells", () => {
    const layer = densityLayer(cells);
    expect(layer.id).toBe("case-density");
    const data = dataOf(layer);
    expect(data.length).toBe(3);
    const [lat, lng] = cellToLatLng(hexes[1]!);
    expect([...data.attributes.getPosition!.value.subarray(2, 4)]).toEqual([lng, lat]);
    expect(layer.props.vertices).toHaveLength(6);
    const recoloured = densityLayer({ ...cells, counts: [3, 9, 1] });
    expect(dataOf(recoloured).attributes.getPosition!.value).toBe(data.attributes.getPosition!.value);
  });

  it("shades each cell by its share of open cases overdue, clear where none is open", () => {
    const colors = hexColors(cells, "overdue");
    expect([...colors.subarray(0, 4)]).toEqual([...rateColor(0.5, overdueRamp), 255]);
    expect([...colors.subarray(4, 8)]).toEqual([...rateColor(0, overdueRamp), 255]);
    expect(colors[2 * 4 + 3]).toBe(0);
  });

  it("shades each cell by its share of rated cases satisfied, clear where none is rated, open or not", () => {
    const colors = hexColors(cells, "satisfaction");
    expect(colors[3]).toBe(0);
    expect([...colors.subarray(4, 8)]).toEqual([...rateColor(0.75, satisfactionRamp), 255]);
    expect([...colors.subarray(8, 12)]).toEqual([...rateColor(0, satisfactionRamp), 255]);
    const layer = densityLayer(cells, "satisfaction");
    expect(dataOf(layer).attributes.getFillColor!.value).toEqual(colors);
  });

  it("draws a cell left without open cases clear, and the busiest one opaque in the ramp's last colour", () => {
    const colors = hexColors(cells, "density");
    expect(colors[2 * 4 + 3]).toBe(0);
    expect([...colors.subarray(4, 8)]).toEqual([...densityColor(9, 9), 255]);
    expect([...colors.subarray(0, 4)]).toEqual([...densityColor(2, 9), 255]);
  });
});

describe("selectedCaseLayer", () => {
  it("rings only the selected case", () => {
    const selected = [aPlacedCase("a")];
    expect(selectedCaseLayer(selected).props.data).toBe(selected);
    expect(selectedCaseLayer([]).props.data).toEqual([]);
  });
});
