import type { LayersList } from "@deck.gl/core";
import type { CaseSummary, Delta, Kpi, ScreenMode } from "@/lib/contracts";

/** One way of turning the live cases into the wall screen's deck.gl layers, measured side by side. */
export interface RenderPipeline {
  /** A snapshot of `cases`; answers the layers to draw. */
  load(cases: readonly CaseSummary[]): LayersList;
  /** A batch of deltas, as the live store applies them once per frame; answers the layers to draw. */
  apply(deltas: readonly Delta[]): LayersList;
}

export const benchMode: ScreenMode = { typhoon: false, typhoonSwitch: false, alertInForce: false, changedAt: "2025-07-01T08:00:00.000Z", changedBy: null };

export const benchKpi: Kpi = {
  computedAt: "2026-01-15T00:00:00.000Z",
  casesToday: 0,
  dispatchedToday: 0,
  openCases: 0,
  meanSecondsToDispatch: null,
  workersOnDuty: 0,
  onTimeSignForRate: null,
  onTimeCloseRate: null,
  satisfactionRate: null,
  backlogByDepartment: [],
  backlogByDistrict: [],
  lastDay: [],
};

/** The wall screen's starting zoom, and so the hexagon resolution it shows. */
export const benchView = { longitude: 121.42, latitude: 31.2, zoom: 10.3 };

/** As many queue entries as the wall screen lists. */
export const benchQueueLength = 60;
