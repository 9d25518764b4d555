import { describe, expect, it } from "vitest";
import { riskPoints } from "@/app/_risk/risk-points";
import type { RiskCell, RiskMapView, RiskTop } from "@/lib/contracts/risk";

const cell = (name: string, score: number): RiskCell => ({ cell: name, district: 310101, score, reasons: [{ kind: "standing", mm: score * 100 }] });
const earlier = "2026-07-25T10:00:00.000Z";
const later = "2026-07-25T10:00:30.000Z";

function fetched(computedAt: string | null, cells: RiskCell[]): RiskMapView {
  return { computedAt, inputsAsOf: computedAt, horizon: "3h", cells };
}

function pushed(computedAt: string, cells: RiskCell[]): RiskTop {
  return { computedAt, horizons: [{ horizon: "1h", cells: [cell("one-hour", 0.99)] }, { horizon: "3h", cells }] };
}

const names = (points: { cells: readonly RiskCell[] }) => points.cells.map((c) => `${c.cell}:${c.score}`);

describe("riskPoints", () => {
  it("is empty before any computation", () => {
    expect(riskPoints(null, null, "3h")).toEqual({ computedAt: null, cells: [] });
    expect(riskPoints(null, fetched(null, []), "3h")).toEqual({ computedAt: null, cells: [] });
  });

  it("ranks the fetched map highest score first, ties by cell", () => {
    const points = riskPoints(null, fetched(earlier, [cell("b", 0.5), cell("c", 0.9), cell("a", 0.5)]), "3h");
    expect(points.computedAt).toBe(earlier);
    expect(names(points)).toEqual(["c:0.9", "a:0.5", "b:0.5"]);
  });

  it("serves the fetched map while the push is no newer", () => {
    const points = riskPoints(pushed(earlier, [cell("c", 0.9)]), fetched(earlier, [cell("c", 0.9), cell("d", 0.2)]), "3h");
    expect(names(points)).toEqual(["c:0.9", "d:0.2"]);
  });

  it("serves the pushed top of its own horizon before any fetch answered", () => {
    const points = riskPoints(pushed(later, [cell("x", 0.4), cell("y", 0.7)]), null, "3h");
    expect(points.computedAt).toBe(later);
    expect(names(points)).toEqual(["y:0.7", "x:0.4"]);
  });

  it("gives a newer push's top cells their new scores and keeps the fetched rest, lowered to at most the top's lowest", () => {
    const old = fetched(earlier, [cell("a", 0.95), cell("b", 0.8), cell("c", 0.3), cell("d", 0.1)]);
    const points = riskPoints(pushed(later, [cell("b", 0.85), cell("c", 0.5)]), old, "3h");
    expect(points.computedAt).toBe(later);
    // a fell out of the top: it scores no more than 0.5 now; the newer c ranks before it on the tie.
    expect(names(points)).toEqual(["b:0.85", "c:0.5", "a:0.5", "d:0.1"]);
  });

  it("drops the fetched rest when the newer push has no cell above the floor", () => {
    expect(riskPoints(pushed(later, []), fetched(earlier, [cell("a", 0.9)]), "3h")).toEqual({ computedAt: later, cells: [] });
  });
});
