"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import type { MapRef } from "react-map-gl/maplibre";
import { isPlaced, type CaseSummary, type Placed, type ResourceSummary, type WorkerSuggestion } from "@/lib/contracts";
import type { Language } from "@/app/_i18n/languages";
import { BaseMap } from "@/app/_map/base-map";
import { casesLayer } from "@/app/_map/cases-layer";
import { DeckOverlay } from "@/app/_map/deck-overlay";
import { showDistrictLabelsIn } from "@/app/_map/district-label-language";
import { resourceJobLinesLayer, resourcesLayer } from "@/app/_map/resources-layer";
import { selectedCaseLayer } from "@/app/_map/selected-case-layer";
import type { WorkerPoint } from "@/app/_map/worker-points";
import { workersLayer } from "@/app/_map/workers-layer";
import { assigneeLayers, rankedWorkers, suggestedWorkersLayers, travelLinesLayer } from "./suggestion-layers";

export interface CaseMapProps {
  /** Placed: a case waiting for its location has no map, only the form to place it. */
  summary: CaseSummary & Placed;
  duplicates: readonly CaseSummary[];
  suggestions: readonly WorkerSuggestion[];
  chosenWorkerId: string | null;
  /** Every worker, faint, for context. */
  workers: readonly WorkerPoint[];
  /** Emergency resources sent to the case or near it. */
  resources: readonly ResourceSummary[];
  language: Language;
  label: string;
}

const holdsCase = (summary: CaseSummary) => summary.stage === "dispatched" || summary.stage === "in_progress";
// Enough of the nearest suggestions to frame; the rest may be far off and would zoom the map out.
const FRAMED = 5;

/** The case, its likely duplicates, the worker who holds it and the workers suggested for it, framed together. */
export function CaseMap({ summary, duplicates, suggestions, chosenWorkerId, workers, resources, language, label }: CaseMapProps) {
  const map = useRef<MapRef>(null);
  const [loaded, setLoaded] = useState(false);
  const ranked = useMemo(() => rankedWorkers(suggestions), [suggestions]);
  const background = useMemo(() => workersLayer(workers), [workers]);
  const resourceIcons = useMemo(() => resourcesLayer(resources, "case-resources"), [resources]);
  const resourceJobs = useMemo(() => resourceJobLinesLayer(resources, "case-resource-jobs"), [resources]);
  const caseDots = useMemo(() => casesLayer([...duplicates.filter(isPlaced), summary]), [duplicates, summary]);
  const ring = useMemo(() => selectedCaseLayer([summary]), [summary]);
  const lines = useMemo(() => travelLinesLayer(summary, ranked, chosenWorkerId), [summary, ranked, chosenWorkerId]);
  const discs = useMemo(() => suggestedWorkersLayers(ranked, chosenWorkerId), [ranked, chosenWorkerId]);
  const holder = holdsCase(summary) ? (workers.find((worker) => worker.id === summary.assigneeId) ?? null) : null;
  const assignee = useMemo(() => assigneeLayers(summary, holder), [summary, holder]);

  const { id, lat, lng } = summary;
  useEffect(() => {
    const instance = map.current;
    if (!loaded || !instance) return;
    const points = [{ lat, lng }, ...ranked.slice(0, FRAMED), ...duplicates.filter(isPlaced)];
    const lats = points.map((p) => p.lat);
    const lngs = points.map((p) => p.lng);
    const pad = 0.002;
    instance.fitBounds(
      [
        [Math.min(...lngs) - pad, Math.min(...lats) - pad],
        [Math.max(...lngs) + pad, Math.max(...lats) + pad],
      ],
      { padding: 36, maxZoom: 15.5, duration: 500 },
    );
  }, [loaded, id, lat, lng, ranked, duplicates]);

  useEffect(() => {
    const instance = map.current?.getMap();
    if (loaded && instance) showDistrictLabelsIn(instance, language);
  }, [loaded, language]);

  return (
    <div role="region" aria-label={label} style={{ position: "absolute", inset: 0 }}>
      <BaseMap
        ref={map}
        initialViewState={{ longitude: lng, latitude: lat, zoom: 14 }}
        maxPitch={0}
        dragRotate={false}
        attributionControl={false}
        onLoad={() => setLoaded(true)}
        style={{ width: "100%", height: "100%" }}
      >
        <DeckOverlay layers={[background, resourceJobs, resourceIcons, lines, ...assignee, caseDots, ring, ...discs]} />
      </BaseMap>
    </div>
  );
}
