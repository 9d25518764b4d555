import type { Layer } from "@deck.gl/core";
import type { Device } from "@luma.gl/core";
import type { CaseSummary, Delta } from "@/lib/contracts";
import { reduceLive } from "@/app/_live/live-reducer";
import { initialLiveState, type LiveState } from "@/app/_live/live-state";
import type { CaseDotsData } from "@/app/_map/case-dots";
import { caseDotsLayer } from "@/app/_map/case-dots-layer";
import { CaseDotsUpload } from "@/app/_map/case-dots-upload";
import { densityResolutionForZoom } from "@/app/_map/case-density";
import { densityLayer } from "@/app/_map/density-layer";
import type { DensityCells } from "@/app/_map/hex-density";
import { CaseViews } from "@/app/_screen/case-views";
import { benchKpi, benchMode, benchQueueLength, benchView, type RenderPipeline } from "./render-pipeline";

/**
 * The product's own path, as the wall screen runs it: the live reducer, the incremental case views, and
 * the layer factories, with layers remade only when their input changed (as the screen's useMemo does).
 */
export function tonglanPipeline(device: Device): RenderPipeline {
  const upload = new CaseDotsUpload(device);
  let state: LiveState = initialLiveState;
  const views = new CaseViews(benchQueueLength);
  const resolution = densityResolutionForZoom(benchView.zoom);
  let cells: DensityCells | null = null;
  let dots: CaseDotsData | null = null;
  let hexagons: Layer | null = null;
  let dotsLayer: Layer | null = null;

  const layers = () => {
    const shown = views.sync(state.cases, state.caseChanges);
    if (shown.density[resolution] !== cells) {
      cells = shown.density[resolution];
      hexagons = densityLayer(cells);
    }
    if (shown.dots !== dots) {
      dots = shown.dots;
      dotsLayer = caseDotsLayer(upload.sync(dots));
    }
    return [hexagons, dotsLayer];
  };

  return {
    load(cases: readonly CaseSummary[]) {
      state = reduceLive(state, { type: "snapshot-loaded", snapshot: { seq: 1, cases: [...cases], workers: [], resources: [], kpi: benchKpi, mode: benchMode, sensors: [], forecasts: [] }, at: performance.now() });
      return layers();
    },
    apply(deltas: readonly Delta[]) {
      state = reduceLive(state, { type: "deltas-received", deltas, at: performance.now() });
      return layers();
    },
  };
}
