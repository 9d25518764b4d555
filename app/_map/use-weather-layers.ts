"use client";

import type { LayersList } from "@deck.gl/core";
import { useMemo } from "react";
import { gaugesLayer, rainFieldLayer, type GaugePoint } from "./gauge-layers";
import { fieldCells, interpolateRain } from "./rain-field";
import { stormLayers } from "./storm-layers";
import type { StormView } from "./storm-view";

/**
 * The map's weather: the gauges always (an ordinary day's sensor layer); in typhoon mode also the rain
 * field interpolated from the rain gauges (unless the flood-risk hexagons take its place) and the storm. Each layer is rebuilt only when its input
 * changes: the gauges at most once a second (or per replayed step), the storm per forecast or tick.
 */
export function useWeatherLayers(gauges: readonly GaugePoint[], storm: StormView | null, typhoon: boolean, rainField: boolean): LayersList {
  const rainGauges = useMemo(() => gauges.filter((g) => g.kind === "rain_gauge"), [gauges]);
  const placesKey = rainGauges.map((g) => `${g.id}@${g.lat},${g.lng}`).join(";");
  // The cells follow the gauges' places, not their values.
  const drawsField = typhoon && rainField;
  const cells = useMemo(() => (drawsField ? fieldCells(rainGauges) : []), [placesKey, drawsField]);
  const field = useMemo(() => {
    if (!drawsField || cells.length === 0) return null;
    const reporting = rainGauges.flatMap((g) => (g.value === null ? [] : [{ lat: g.lat, lng: g.lng, value: g.value }]));
    return rainFieldLayer(interpolateRain(cells, reporting));
  }, [cells, rainGauges, drawsField]);
  const dots = useMemo(() => gaugesLayer(gauges, typhoon), [gauges, typhoon]);
  const stormDrawn = useMemo(() => (typhoon && storm ? stormLayers(storm) : []), [storm, typhoon]);
  return useMemo(() => [field, ...stormDrawn, dots], [field, stormDrawn, dots]);
}
