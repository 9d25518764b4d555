import { cellToChildren, cellToParent, latLngToCell } from "h3-js";
import { describe, expect, it } from "vitest";
import { riskColor, riskRamp } from "@/app/_map/density-ramp";
import { riskHexes } from "@/app/_map/risk-hexes";
import { riskLayer, selectedRiskLayers } from "@/app/_map/risk-layer";
import type { RiskCell } from "@/lib/contracts/risk";

const cell = (h3: string, score: number): RiskCell => ({ cell: h3, district: 310101, score, reasons: [] });
const peoplesSquare = latLngToCell(31.2304, 121.4737, 9);

describe("riskColor", () => {
  it("runs from pale yellow for a slight chance to deep magenta for a near certainty, clamped outside 0–1", () => {
    expect(riskColor(0)).toEqual(riskRamp[0]);
    expect(riskColor(1)).toEqual(riskRamp.at(-1));
    expect(riskColor(-0.2)).toEqual(riskRamp[0]);
    expect(riskColor(1.4)).toEqual(riskRamp.at(-1));
  });

  it("darkens as the chance grows: less green at every step", () => {
    const greens = [0.1, 0.3, 0.5, 0.7, 0.9].map((score) => riskColor(score)[1]);
    for (let i = 1; i < greens.length; i++) expect(greens[i]).toBeLessThan(greens[i - 1]!);
  });
});

describe("riskHexes", () => {
  it("keeps res-9 cells as they are at the finest resolution", () => {
    const [a, b] = cellToChildren(cellToParent(peoplesSquare, 8), 9);
    expect(riskHexes([cell(a!, 0.4), cell(b!, 0.8)], 9)).toEqual({ hexes: [a, b], scores: [0.4, 0.8] });
  });

  it("gives a coarser hex the highest score of its cells, not their mean", () => {
    const [a, b, c] = cellToChildren(cellToParent(peoplesSquare, 7), 9);
    const far = latLngToCell(31.0, 121.2, 9);
    const hexes = riskHexes([cell(a!, 0.2), cell(b!, 0.9), cell(c!, 0.5), cell(far, 0.3)], 7);
    expect(hexes.hexes).toEqual([cellToParent(peoplesSquare, 7), cellToParent(far, 7)]);
    expect(hexes.scores).toEqual([0.9, 0.3]);
  });

  it("leaves out what is no H3 cell", () => {
    expect(riskHexes([cell("not-a-cell", 0.9)], 7)).toEqual({ hexes: [], scores: [] });
  });
});

describe("risk layers", () => {
  it("colours each hex by its score", () => {
    const layer = riskLayer({ hexes: [peoplesSquare], scores: [0.75] });
    const colors = (layer.props.data as { attributes: { getFillColor: { value: Uint8Array } } }).attributes.getFillColor.value;
    expect([...colors]).toEqual([...riskColor(0.75), 255]);
  });

  it("outlines the picked cell and rings it, and draws nothing for none", () => {
    expect(selectedRiskLayers(peoplesSquare).map((layer) => layer.id)).toEqual(["selected-risk-cell", "selected-risk-ring"]);
    expect(selectedRiskLayers(null)).toEqual([]);
    expect(selectedRiskLayers("nonsense")).toEqual([]);
  });
});
