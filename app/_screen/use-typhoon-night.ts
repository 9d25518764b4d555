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
  // Framed once per forecast (not per replayed tick): the city, moved a little towards the storm.
  const position = storm?.position;
  const frameView = useMemo(() => (typhoon && position ? towardsStorm(position) : null), [typhoon, storm?.issuedAt]);
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

// Zoomed out a little from the city's 10.3, not more: the central districts' names must stay apart.
const TYPHOON_ZOOM = 9.8;
const MAX_SHIFT = { lng: 0.3, lat: 0.15 };

/** The city's view, shifted towards the storm by at most a third of the map, so a storm near the city is on it. */
function towardsStorm([lng, lat]: [number, number]) {
  const [cityLng, cityLat] = cityCentre;
  const clamp = (d: number, max: number) => Math.max(-max, Math.min(max, d));
  return { longitude: cityLng + clamp(lng - cityLng, MAX_SHIFT.lng), latitude: cityLat + clamp(lat - cityLat, MAX_SHIFT.lat), zoom: TYPHOON_ZOOM };
}
