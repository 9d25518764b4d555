import type { Layer } from "@deck.gl/core";
import type { CaseSummary, Delta } from "@/lib/contracts";
import { reduceLive } from "@/app/_live/live-reducer";
import { initialLiveState, type LiveState } from "@/app/_live/live-state";
import { caseBandLayers } from "@/app/_map/case-bands-layer";
import type { CasePointBand } from "@/app/_map/case-point-bands";
import { densityResolutionForZoom } from "@/app/_map/case-density";
import { densityLayer } from "@/app/_map/density-layer";
import type { DensityCells } from "@/app/_map/hex-density";
import { CaseViews } from "@/app/_screen/case-views";
import { benchKpi, benchQueueLength, benchView, type RenderPipeline } from "./render-pipeline";

/**
 * The product's own path, as the wall screen runs it: the live reducer, the incremental case views, and
 * the layer factories, with layers remade only when their input changed (as the screen's useMemo does).
 */
export function tonglanPipeline(): RenderPipeline {
  let state: LiveState = initialLiveState;
  const views = new CaseViews(benchQueueLength);
  const resolution = densityResolutionForZoom(benchView.zoom);
  let cells: DensityCells | null = null;
  let points: readonly CasePointBand[] | null = null;
  let hexagons: Layer | null = null;
  let dots: Layer[] = [];

  const layers = () => {
    const shown = views.sync(state.cases, state.caseChanges);
    if (shown.density[resolution] !== cells) {
      cells = shown.density[resolution];
      hexagons = densityLayer(cells);
    }
    if (shown.points !== points) {
      points = shown.points;
      dots = caseBandLayers(points);
    }
    return [hexagons, ...dots];
  };

  return {
    load(cases: readonly CaseSummary[]) {
      state = reduceLive(state, { type: "snapshot-loaded", snapshot: { seq: 1, cases: [...cases], workers: [], kpi: benchKpi }, at: performance.now() });
      return layers();
    },
    apply(deltas: readonly Delta[]) {
      state = reduceLive(state, { type: "deltas-received", deltas, at: performance.now() });
      return layers();
    },
  };
}
