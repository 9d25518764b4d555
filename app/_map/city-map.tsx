"use client";

import type { LayersList, PickingInfo } from "@deck.gl/core";
import { cellToLatLng, isValidCell } from "h3-js";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { MapRef, ViewStateChangeEvent } from "react-map-gl/maplibre";
import { isPlaced, type CaseSummary, type ResourceSummary } from "@/lib/contracts";
import type { RiskCell } from "@/lib/contracts/risk";
import type { Language } from "@/app/_i18n/languages";
import { arrivalPulseLayer } from "./arrival-pulse-layer";
import type { ArrivedCases } from "./arrived-cases";
import { BaseMap, MapPopup } from "./base-map";
import type { CaseDotsData } from "./case-dots";
import { pickedCaseId } from "./case-dots-layer";
import { densityResolutionForZoom } from "./case-density";
import { DeckOverlay } from "./deck-overlay";
import { densityLayer } from "./density-layer";
import type { DensityByResolution } from "./hex-density";
import type { HexMeasure } from "./hex-measure";
import { hideBaseDistrictLabels } from "./district-label-language";
import { districtLabelsLayer } from "./district-labels-layer";
import { pickedResource, resourceJobLinesLayer, resourcesLayer } from "./resources-layer";
import { riskHexes } from "./risk-hexes";
import { riskLayer, selectedRiskLayers } from "./risk-layer";
import { ScaledFrame } from "./scaled-frame";
import { selectedCaseLayer } from "./selected-case-layer";
import { useCaseDotsLayer } from "./use-case-dots-layer";
import { useDistrictLabels } from "./use-district-labels";
import { usePulsePhase } from "./use-pulse-phase";
import { useViewportScale } from "./use-viewport-scale";
import type { WarningArea } from "./warning-areas";
import { warningAreasLayer } from "./warning-areas-layer";
import type { WorkerPoint } from "./worker-points";
import { workersLayer } from "./workers-layer";

export interface CityMapProps {
  /** Every case's dot; a new publish only when a dot changed. */
  dots: CaseDotsData;
  /** Open cases per H3 cell, at each resolution the map may show. */
  density: DensityByResolution;
  /** What the hexagons show. */
  hexMeasure: HexMeasure;
  /** The flood-risk points of the horizon shown, drawn while the measure is risk. */
  riskCells: readonly RiskCell[];
  /** The risk point picked in the list: outlined, and the map flies to it. */
  selectedRiskCell: string | null;
  workers: readonly WorkerPoint[];
  /** Areas of the CAP warnings in force. */
  warningAreas: readonly WarningArea[];
  /** Newly arrived cases, which pulse for `arrivalWindowMs` after the latest one. */
  arrivals: ArrivedCases;
  arrivalWindowMs: number;
  selected: CaseSummary | null;
  language: Language;
  label: string;
  onSelectCase: (caseId: string | null) => void;
  /** Shown in a popup at the selected case. */
  popup: ReactNode;
  /** Emergency resources; a new array only when one changed. */
  resources: readonly ResourceSummary[];
  selectedResource: ResourceSummary | null;
  onSelectResource: (resourceId: string | null) => void;
  /** Shown in a popup at the selected resource. */
  resourcePopup: ReactNode;
  /** Drawn over the hexagons, under workers, cases and district names (storm, rain, gauges). */
  weatherLayers?: LayersList;
  /** Typhoon mode draws the rain field where the case hexagons were (risk is drawn all the same). */
  hideCaseHexagons?: boolean;
  /** A view to show (typhoon mode: the city and towards the storm); the map flies there when it changes, and home when it goes. */
  frameView?: { longitude: number; latitude: number; zoom: number } | null;
}

const shanghai = { longitude: 121.47, latitude: 31.23, zoom: 10.3 };
const selectedZoom = 14;

export function CityMap(props: CityMapProps) {
  const { dots, density, hexMeasure, riskCells, selectedRiskCell, workers, warningAreas, arrivals, arrivalWindowMs, selected, language, label, onSelectCase, popup } = props;
  const { resources, selectedResource, onSelectResource, resourcePopup } = props;
  const { weatherLayers = [], hideCaseHexagons = false, frameView = null } = props;
  const map = useRef<MapRef>(null);
  const scale = useViewportScale();
  const [densityResolution, setDensityResolution] = useState(densityResolutionForZoom(shanghai.zoom));

  const pulsePhase = usePulsePhase(arrivals.latestAt, arrivalWindowMs);
  const cells = density[densityResolution];
  const hexagons = useMemo(
    () => (hexMeasure === "risk" || hideCaseHexagons ? null : densityLayer(cells, hexMeasure)),
    [cells, hexMeasure, hideCaseHexagons],
  );
  const risk = useMemo(() => (hexMeasure === "risk" ? riskLayer(riskHexes(riskCells, densityResolution)) : null), [hexMeasure, riskCells, densityResolution]);
  const riskPicked = useMemo(() => selectedRiskLayers(selectedRiskCell), [selectedRiskCell]);
  const labels = useDistrictLabels();
  const districtNames = useMemo(() => districtLabelsLayer(labels, language), [labels, language]);
  const workerDots = useMemo(() => workersLayer(workers), [workers]);
  const warnings = useMemo(() => warningAreasLayer(warningAreas), [warningAreas]);
  const caseDots = useCaseDotsLayer(dots);
  const resourceIcons = useMemo(() => resourcesLayer(resources), [resources]);
  const resourceJobs = useMemo(() => resourceJobLinesLayer(resources), [resources]);
  // A case not yet placed is listed, not drawn: no ring, nothing to fly to, nothing to pin a popup on.
  const placed = selected && isPlaced(selected) ? selected : null;
  const selectedRing = useMemo(() => selectedCaseLayer(placed ? [placed] : []), [placed]);
  const pulse = pulsePhase === null ? null : arrivalPulseLayer(arrivals.cases, pulsePhase);
  // Names last but the selection rings: no cell, risk or cases, hides a district's name.
  const layers = [hexagons, risk, warnings, ...weatherLayers, workerDots, pulse, caseDots.layer, resourceJobs, resourceIcons, districtNames, ...riskPicked, selectedRing];

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
    if (!selectedRiskCell || !isValidCell(selectedRiskCell) || !map.current) return;
    const [lat, lng] = cellToLatLng(selectedRiskCell);
    map.current.flyTo({ center: [lng, lat], zoom: Math.max(map.current.getZoom(), selectedZoom), duration: 1_200 });
  }, [selectedRiskCell]);

  useEffect(() => {
    // mapbox-gl cannot change it once the map is made; its 4K frame stays at the first scale's.
    const instance = map.current?.getMap();
    if (typeof instance?.setPixelRatio === "function") instance.setPixelRatio(window.devicePixelRatio * scale);
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
      const resource = pickedResource(info);
      if (resource) return onSelectResource(resource.id);
      const picked = pickedCaseId(dots, info);
      if (picked) onSelectCase(picked);
    },
    [dots, onSelectCase, onSelectResource],
  );

  return (
    <ScaledFrame scale={scale}>
      <div role="region" aria-label={label} style={{ width: "100%", height: "100%" }}>
        <BaseMap
          ref={map}
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
            <MapPopup
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
            </MapPopup>
          )}
          {selectedResource && resourcePopup && (
            <MapPopup
              longitude={selectedResource.lng}
              latitude={selectedResource.lat}
              anchor="bottom"
              offset={18}
              closeOnClick={false}
              onClose={() => onSelectResource(null)}
              maxWidth="none"
              className="case-popup"
            >
              {resourcePopup}
            </MapPopup>
          )}
        </BaseMap>
      </div>
    </ScaledFrame>
  );
}
