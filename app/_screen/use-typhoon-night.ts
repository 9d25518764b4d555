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
 * the gauges and the cases per hour are the replay's at its cursor; backlog and resources stay live.
 */
export function useTyphoonNight(live: LiveState, density: DensityByResolution) {
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
  const layers = useWeatherLayers(gauges, storm, typhoon);
  // Framed once per forecast (not per replayed tick): the city and where the storm is.
  const position = storm?.position;
  const frameBounds = useMemo(() => (typhoon && position ? framing(position) : null), [typhoon, storm?.issuedAt]);
  // The coarsest hexagons carry the same totals as the finest, in a twentieth of the cells.
  const overdue = typhoon ? density[7].overdue.reduce((sum, n) => sum + n, 0) : null;
  const figures = typhoonFigures({
    gauges,
    kpi: live.kpi,
    resources: live.resources,
    overdue,
    replayedCasesLastHour: replay ? casesInHourBefore(replay.timeline, replay.cursor) : null,
  });
  return { typhoon, storm, figures, layers, frameBounds, timeline, dispatchTimeline };
}

// A storm more than this far out is shown by its distance; the map stays on the city.
const FRAMED_REACH_DEG = 3;

/** Bounds holding the city and the storm, when it is near enough for the city to stay readable. */
function framing([lng, lat]: [number, number]): [[number, number], [number, number]] | null {
  const [cityLng, cityLat] = cityCentre;
  if (Math.abs(lng - cityLng) > FRAMED_REACH_DEG || Math.abs(lat - cityLat) > FRAMED_REACH_DEG) return null;
  return [
    [Math.min(lng, cityLng - 0.35), Math.min(lat, cityLat - 0.3)],
    [Math.max(lng, cityLng + 0.35), Math.max(lat, cityLat + 0.3)],
  ];
}
