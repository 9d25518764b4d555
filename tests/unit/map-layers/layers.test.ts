import { describe, expect, it } from "vitest";
import { arrivalPulseLayer } from "@/app/_map/arrival-pulse-layer";
import { overdueColor } from "@/app/_map/case-color";
import { caseMapPoints } from "@/app/_map/case-points";
import { casesLayer, casesLayerId } from "@/app/_map/cases-layer";
import { densityLayer } from "@/app/_map/density-layer";
import { selectedCaseLayer } from "@/app/_map/selected-case-layer";
import { stageColors } from "@/app/_map/stage-colors";
import { workerPoints } from "@/app/_map/worker-points";
import { workerColors, workersLayer } from "@/app/_map/workers-layer";
import type { CaseSummary } from "@/lib/contracts";
import { aCase, aWorker } from "../live/live-fixtures";

/** deck.gl accessors are typed for its own calls (object, info); these tests call them with the object only. */
function accessor<T, R>(prop: unknown): (object: T) => R {
  return prop as (object: T) => R;
}

describe("caseMapPoints", () => {
  it("leaves out rejected, merged and cancelled cases and draws open, urgent ones last (on top)", () => {
    const points = caseMapPoints([
      aCase("urgent", { priority: "urgent" }),
      aCase("closed", { stage: "closed", priority: "urgent" }),
      aCase("low", { priority: "low" }),
      aCase("merged", { stage: "merged" }),
      aCase("rejected", { stage: "rejected" }),
      aCase("normal"),
    ]);
    expect(points.map((summary) => summary.id)).toEqual(["closed", "low", "normal", "urgent"]);
  });

  it("draws overdue open cases above every other open case", () => {
    const points = caseMapPoints([
      aCase("urgent", { priority: "urgent" }),
      aCase("late", { priority: "low", overdue: true }),
      aCase("closed-late", { stage: "closed", overdue: true }),
    ]);
    expect(points.map((summary) => summary.id)).toEqual(["closed-late", "urgent", "late"]);
  });
});

describe("casesLayer", () => {
  it("keeps a stable id and the very data array it was given", () => {
    const data = [aCase("a")];
    const layer = casesLayer(data);
    expect(layer.id).toBe(casesLayerId);
    expect(layer.props.data).toBe(data);
    expect(casesLayer(data).id).toBe(layer.id);
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

  it("tells on-duty from off-duty workers by colour", () => {
    const fill = accessor<{ onDuty: boolean }, unknown>(workersLayer([]).props.getFillColor);
    expect(fill({ onDuty: true })).toEqual(workerColors.onDuty);
    expect(fill({ onDuty: false })).toEqual(workerColors.offDuty);
  });
});

describe("densityLayer", () => {
  it("recolours when the busiest cell changes", () => {
    const layer = densityLayer([
      { hex: "a", count: 2 },
      { hex: "b", count: 9 },
    ]);
    expect(layer.id).toBe("case-density");
    expect(layer.props.updateTriggers).toEqual({ getFillColor: 9 });
  });
});

describe("selectedCaseLayer", () => {
  it("rings only the selected case", () => {
    const selected = [aCase("a")];
    expect(selectedCaseLayer(selected).props.data).toBe(selected);
    expect(selectedCaseLayer([]).props.data).toEqual([]);
  });
});
