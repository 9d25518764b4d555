"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import type { LayersList, PickingInfo } from "@deck.gl/core";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Map, Popup, type MapRef, type ViewStateChangeEvent } from "react-map-gl/maplibre";
import { isPlaced, type CaseSummary } from "@/lib/contracts";
import type { Language } from "@/app/_i18n/languages";
import { arrivalPulseLayer } from "./arrival-pulse-layer";
import type { ArrivedCases } from "./arrived-cases";
import type { CaseDotsData } from "./case-dots";
import { pickedCaseId } from "./case-dots-layer";
import { densityResolutionForZoom } from "./case-density";
import { DeckOverlay } from "./deck-overlay";
import { densityLayer } from "./density-layer";
import type { DensityByResolution } from "./hex-density";
import type { HexMeasure } from "./hex-measure";
import { hideBaseDistrictLabels } from "./district-label-language";
import { districtLabelsLayer } from "./district-labels-layer";
import { maplibreWorkerUrl } from "./maplibre-worker-url";
import { ScaledFrame } from "./scaled-frame";
import { selectedCaseLayer } from "./selected-case-layer";
import { useCaseDotsLayer } from "./use-case-dots-layer";
import { useDistrictLabels } from "./use-district-labels";
import { usePulsePhase } from "./use-pulse-phase";
import { useViewportScale } from "./use-viewport-scale";
import type { WorkerPoint } from "./worker-points";
import { workersLayer } from "./workers-layer";

export interface CityMapProps {
  /** Every case's dot; a new publish only when a dot changed. */
  dots: CaseDotsData;
  /** Open cases per H3 cell, at each resolution the map may show. */
  density: DensityByResolution;
  /** What the hexagons show. */
  hexMeasure: HexMeasure;
  workers: readonly WorkerPoint[];
  /** Newly arrived cases, which pulse for `arrivalWindowMs` after the latest one. */
  arrivals: ArrivedCases;
  arrivalWindowMs: number;
  selected: CaseSummary | null;
  language: Language;
  label: string;
  onSelectCase: (caseId: string | null) => void;
  /** Shown in a popup at the selected case. */
  popup: ReactNode;
  /** Drawn over the hexagons, under workers, cases and district names (storm, rain, gauges). */
  weatherLayers?: LayersList;
  /** Typhoon mode draws the rain field where the case hexagons were. */
  hideCaseHexagons?: boolean;
  /** A view to show (typhoon mode: the city and towards the storm); the map flies there when it changes, and home when it goes. */
  frameView?: { longitude: number; latitude: number; zoom: number } | null;
}

const shanghai = { longitude: 121.47, latitude: 31.23, zoom: 10.3 };
const cjkFonts = "'Noto Sans CJK SC','Noto Sans SC','Microsoft YaHei',sans-serif";
const selectedZoom = 14;

export function CityMap({
  dots,
  density,
  hexMeasure,
  workers,
  arrivals,
  arrivalWindowMs,
  selected,
  language,
  label,
  onSelectCase,
  popup,
  weatherLayers = [],
  hideCaseHexagons = false,
  frameView = null,
}: CityMapProps) {
  const map = useRef<MapRef>(null);
  const scale = useViewportScale();
  const [densityResolution, setDensityResolution] = useState(densityResolutionForZoom(shanghai.zoom));

  const pulsePhase = usePulsePhase(arrivals.latestAt, arrivalWindowMs);
  const cells = density[densityResolution];
  const hexagons = useMemo(() => densityLayer(cells, hexMeasure), [cells, hexMeasure]);
  const labels = useDistrictLabels();
  const districtNames = useMemo(() => districtLabelsLayer(labels, language), [labels, language]);
  const workerDots = useMemo(() => workersLayer(workers), [workers]);
  const caseDots = useCaseDotsLayer(dots);
  // A case not yet placed is listed, not drawn: no ring, nothing to fly to, nothing to pin a popup on.
  const placed = selected && isPlaced(selected) ? selected : null;
  const selectedRing = useMemo(() => selectedCaseLayer(placed ? [placed] : []), [placed]);
  const pulse = pulsePhase === null ? null : arrivalPulseLayer(arrivals.cases, pulsePhase);
  const layers = [hideCaseHexagons ? null : hexagons, ...weatherLayers, workerDots, pulse, caseDots.layer, districtNames, selectedRing];

  const selectedId = selected?.id;
  useEffect(() => {
    if (!placed || !map.current) return;
    map.current.flyTo({
      center: [placed.lng, placed.lat],
      zoom: Math.max(map.current.getZoom(), selectedZoom),
      duration: 1_200,
    });
    // Once per selection (and once more when it gets placed), not again each time the selected case is updated.
  }, [selectedId, placed !== null]);

  useEffect(() => {
    map.current?.getMap().setPixelRatio(window.devicePixelRatio * scale);
  }, [scale]);

  const framed = frameView && JSON.stringify(frameView);
  const wasFramed = useRef(false);
  useEffect(() => {
    if (!map.current) return;
    if (frameView) map.current.flyTo({ center: [frameView.longitude, frameView.latitude], zoom: frameView.zoom, duration: 1_200 });
    else if (wasFramed.current) map.current.flyTo({ center: [shanghai.longitude, shanghai.latitude], zoom: shanghai.zoom, duration: 1_200 });
    wasFramed.current = frameView !== null;
  }, [framed]);

  const onZoom = useCallback((event: ViewStateChangeEvent) => {
    setDensityResolution(densityResolutionForZoom(event.viewState.zoom));
  }, []);
  const onClick = useCallback(
    (info: PickingInfo) => {
      const picked = pickedCaseId(dots, info);
      if (picked) onSelectCase(picked);
    },
    [dots, onSelectCase],
  );

  return (
    <ScaledFrame scale={scale}>
      <div role="region" aria-label={label} style={{ width: "100%", height: "100%" }}>
        <Map
          ref={map}
          mapStyle="/map/style.json"
          workerUrl={maplibreWorkerUrl}
          localIdeographFontFamily={cjkFonts}
          initialViewState={shanghai}
          pixelRatio={window.devicePixelRatio * scale}
          maxPitch={0}
          dragRotate={false}
          // As soon as the style is parsed, before its first frame: the base labels would flash beside deck.gl's.
          onStyleData={(event) => hideBaseDistrictLabels(event.target)}
          onZoom={onZoom}
          style={{ width: "100%", height: "100%" }}
        >
          <DeckOverlay
            layers={layers}
            onClick={onClick}
            onDeviceInitialized={caseDots.onDeviceInitialized}
            useDevicePixels={window.devicePixelRatio * scale}
          />
          {placed && popup && (
            <Popup
              longitude={placed.lng}
              latitude={placed.lat}
              anchor="bottom"
              offset={18}
              closeOnClick={false}
              onClose={() => onSelectCase(null)}
              maxWidth="none"
              className="case-popup"
            >
              {popup}
            </Popup>
          )}
        </Map>
      </div>
    </ScaledFrame>
  );
}
