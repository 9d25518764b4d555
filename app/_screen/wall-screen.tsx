"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { useI18n } from "@/app/_i18n/language-provider";
import { defaultLiveLimits } from "@/app/_live/live-state";
import { useCatalogue } from "@/app/_live/use-catalogue";
import { useLiveState } from "@/app/_live/use-live-state";
import { arrivedCases } from "@/app/_map/arrived-cases";
import { CityMapLazy } from "@/app/_map/city-map-lazy";
import type { HexMeasure } from "@/app/_map/hex-measure";
import { riskPoints } from "@/app/_risk/risk-points";
import { useRiskMap } from "@/app/_risk/use-risk-map";
import type { RiskHorizon } from "@/lib/contracts/risk";
import { warningAreas, warningListings } from "@/app/_map/warning-areas";
import { useWorkerPoints } from "@/app/_map/use-worker-points";
import { CareAlertsPanel } from "./care-alerts-panel";
import { useTyphoonNight } from "./use-typhoon-night";
import { CasePopupContent } from "./case-popup-content";
import { CaseQueue } from "./case-queue";
import { KpiPanel } from "./kpi-panel";
import { LeaderPanels } from "./leader-panels";
import { ResourcePopupContent } from "./resource-popup-content";
import { ResourcesPanel } from "./resources-panel";
import { RiskPanel } from "./risk-panel";
import { ScreenHeader } from "./screen-header";
import { StageBreakdown } from "./stage-breakdown";
import { StageLegend } from "./stage-legend";
import { TimelineBar } from "./timeline-bar";
import { TyphoonPanel } from "./typhoon-panel";
import { TyphoonSwitch } from "./typhoon-switch";
import { WeatherLegend } from "./weather-legend";
import { useCaseNames } from "./use-case-names";
import { useCaseViews } from "./use-case-views";
import { useNow } from "./use-now";
import { WarningsPanel } from "./warnings-panel";
import typhoonStyles from "./typhoon-layout.module.css";
import styles from "./wall-screen.module.css";

const queueLength = 60;
// At typhoon rates thousands of cases arrive within the pulse window: rings on every one would cover
// the map and cost a full layer update per batch; the newest still show where reports come in.
const pulsedArrivals = 500;
// Three hours: time to move a pump truck or lay sandbags, and as skilled as one hour in the backtest (docs/risk.md).
const defaultRiskHorizon: RiskHorizon = "3h";

/** 一屏统览: header, KPIs, the leader's panels, the live map and the newest cases, all fed by one live state. */
export function WallScreen() {
  const live = useLiveState();
  const catalogue = useCatalogue();
  const { language, messages } = useI18n();
  const names = useCaseNames(catalogue, language, messages.unknownDistrict);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // An ordinary day and a typhoon night each keep their own measure: the night opens on flood risk.
  const [measures, setMeasures] = useState<{ day: HexMeasure; night: HexMeasure }>({ day: "density", night: "risk" });
  const typhoon = live.mode?.typhoon ?? false;
  const hexMeasure = typhoon ? measures.night : measures.day;
  const setHexMeasure = useCallback((measure: HexMeasure) => setMeasures((held) => (typhoon ? { ...held, night: measure } : { ...held, day: measure })), [typhoon]);
  const [riskHorizon, setRiskHorizon] = useState<RiskHorizon>(defaultRiskHorizon);
  const fetchedRisk = useRiskMap(live.risk, riskHorizon);
  const risk = useMemo(() => riskPoints(live.risk, fetchedRisk, riskHorizon), [live.risk, fetchedRisk, riskHorizon]);
  const [selectedRiskCell, setSelectedRiskCell] = useState<string | null>(null);
  const showsRisk = typhoon || hexMeasure === "risk" || risk.cells.length > 0;

  const views = useCaseViews(live, queueLength);
  const arrivals = useMemo(() => arrivedCases(live.arrivals.latest(pulsedArrivals), live.cases), [live.arrivals, live.cases]);
  const workers = useWorkerPoints(live.workers, live.positions);
  const selected = (selectedId && live.cases.get(selectedId)) || null;
  // A warning's window opens and closes with time alone: looked at again each minute.
  const minute = useNow(60_000);
  const warnings = useMemo(() => {
    if (minute === null) return { areas: [], listings: [] };
    const now = new Date(minute);
    return { areas: warningAreas(live.alerts.values(), language, now), listings: warningListings(live.alerts.values(), language, now) };
  }, [live.alerts, language, minute]);
  const resources = useMemo(() => [...live.resources.values()], [live.resources]);
  const [selectedResourceId, setSelectedResourceId] = useState<string | null>(null);
  const selectedResource = (selectedResourceId && live.resources.get(selectedResourceId)) || null;
  // One popup at a time: picking a case closes the resource's, and the other way round.
  const selectCase = useCallback((id: string | null) => {
    setSelectedId(id);
    if (id) setSelectedResourceId(null);
  }, []);
  const selectResource = useCallback((id: string | null) => {
    setSelectedResourceId(id);
    if (id) setSelectedId(null);
  }, []);
  const selectRiskCell = useCallback((cell: string) => {
    setSelectedRiskCell((held) => (held === cell ? null : cell));
    setSelectedId(null);
    setSelectedResourceId(null);
  }, []);
  const night = useTyphoonNight(live, views.density, hexMeasure !== "risk");
  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setSelectedId(null);
      setSelectedResourceId(null);
      setSelectedRiskCell(null);
    };
    window.addEventListener("keydown", closeOnEscape);
    return () => window.removeEventListener("keydown", closeOnEscape);
  }, []);

  return (
    <div className={styles.screen} data-wall-screen data-typhoon={night.typhoon || undefined} data-risk-list={showsRisk || undefined}>
      <ScreenHeader live={live} actions={<TyphoonSwitch mode={live.mode} />} />
      <div className={styles.side}>
        <aside className={styles.kpis}>
          <KpiPanel kpi={live.kpi} />
          <StageBreakdown counts={views.stageCounts} />
          <CareAlertsPanel />
        </aside>
        {night.typhoon ? (
          <div className={`${styles.leader} ${typhoonStyles.stack}`}>
            <TyphoonPanel storm={night.storm} figures={night.figures} />
            <LeaderPanels kpi={live.kpi} names={names} className={typhoonStyles.leaderBelow} />
          </div>
        ) : (
          <LeaderPanels kpi={live.kpi} names={names} className={styles.leader} />
        )}
        {showsRisk && (
          <RiskPanel points={risk} horizon={riskHorizon} names={names} selectedCell={selectedRiskCell} onSelect={selectRiskCell} className={styles.risk} />
        )}
      </div>
      <main className={styles.map}>
        <CityMapLazy
          dots={views.dots}
          density={views.density}
          hexMeasure={hexMeasure}
          riskCells={risk.cells}
          selectedRiskCell={selectedRiskCell}
          workers={workers}
          warningAreas={warnings.areas}
          arrivals={arrivals}
          arrivalWindowMs={defaultLiveLimits.arrivalWindowMs}
          selected={selected}
          language={language}
          label={messages.map.label}
          onSelectCase={selectCase}
          popup={selected && <CasePopupContent summary={selected} names={names} />}
          resources={resources}
          selectedResource={selectedResource}
          onSelectResource={selectResource}
          resourcePopup={selectedResource && <ResourcePopupContent resource={selectedResource} districtName={names.district(selectedResource.district)} />}
          weatherLayers={night.layers}
          hideCaseHexagons={night.typhoon}
          frameView={night.frameView}
        />
        {/* One column down the map's right edge: the top left would cover 嘉定区's name, and two corners apart would meet in typhoon mode. */}
        <div className={styles.mapCorner}>
          <WarningsPanel listings={warnings.listings} />
          {night.typhoon && <WeatherLegend />}
          <ResourcesPanel resources={resources} keyOnly={night.typhoon} />
        </div>
        <StageLegend measure={hexMeasure} onMeasure={setHexMeasure} horizon={riskHorizon} onHorizon={setRiskHorizon} />
        {night.typhoon && <TimelineBar state={night.timeline} dispatch={night.dispatchTimeline} />}
      </main>
      <aside className={styles.queue}>
        <CaseQueue cases={views.newest} hasData={live.hasSnapshot} names={names} selectedId={selectedId} onSelect={selectCase} />
      </aside>
    </div>
  );
}
