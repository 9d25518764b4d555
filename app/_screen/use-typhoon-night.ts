"use client";

import { useMemo } from "react";
import type { LiveState } from "@/app/_live/live-state";
import { liveGaugePoints, replayedGaugePoints } from "@/app/_map/gauge-points";
import type { DensityByResolution } from "@/app/_map/hex-density";
import { cityCentre, stormViewAt } from "@/app/_map/storm-view";
import { useWeatherLayers } from "@/app/_map/use-weather-layers";
import { casesInHourBefore, frameAt } from "./timeline-state";
import { typhoonFigures } from "./typhoon-figures";
import { useTyphoonTimeline } from "./use-typhoon-timeline";

/**
 * Everything typhoon mode draws, live or replayed: while the timeline replays a stored night, the storm,
 * the gauges and the cases per hour are the replay's at its cursor; backlog and resources stay live. The
 * rain field is left out while the map shows flood risk in its place (`rainField` false).
 */
export function useTyphoonNight(live: LiveState, density: DensityByResolution, rainField: boolean) {
  const typhoon = live.mode?.typhoon ?? false;
  const [timeline, dispatchTimeline] = useTyphoonTimeline(live.forecasts);
  const replay = typhoon && timeline.phase === "replay" ? timeline : null;
  const frame = replay ? frameAt(replay.timeline, replay.cursor) : null;

  const gauges = useMemo(
    () => (replay ? replayedGaugePoints(replay.timeline, frame) : liveGaugePoints(live.sensors)),
    [replay?.timeline, frame, live.sensors],
  );
  const storm = useMemo(
    () => (replay ? stormViewAt(replay.timeline.forecasts, replay.cursor) : stormViewAt(live.forecasts, null)),
    [replay?.timeline, replay?.cursor, live.forecasts],
  );
  const layers = useWeatherLayers(gauges, storm, typhoon, rainField);
  const frameView = typhoon ? typhoonView : null;
  // The coarsest hexagons carry the same totals as the finest, in a twentieth of the cells.
  const overdue = typhoon ? density[7].overdue.reduce((sum, n) => sum + n, 0) : null;
  const figures = typhoonFigures({
    gauges,
    kpi: live.kpi,
    resources: live.resources,
    overdue,
    replayedCasesLastHour: replay ? casesInHourBefore(replay.timeline, replay.cursor) : null,
  });
  return { typhoon, storm, figures, layers, frameView, timeline, dispatchTimeline };
}

// The city a little wider than its 10.3, centred: further out, or shifted towards a storm, the central
// districts' names run together or leave a tablet's map; a far storm shows by its track and distance.
const typhoonView = { longitude: cityCentre[0], latitude: cityCentre[1], zoom: 9.8 };
