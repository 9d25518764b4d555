"use client";

import { useEffect, useRef, useState } from "react";
import { riskMapSchema, type RiskHorizon, type RiskMapView, type RiskTop } from "@/lib/contracts/risk";
import { fetchJson } from "@/app/_live/fetch-json";
import { riskFetchDecision, type HorizonFetchState, type RiskFetchClock } from "./risk-refresh";

const untried: HorizonFetchState = { tried: false, heldComputedAt: null };

/**
 * A horizon's full risk map (GET /api/risk: up to 100 cells; a `risk` delta carries the top 10 only).
 * Fetched when the horizon is first shown (the snapshot carries no risk), then again when a pushed
 * computation is newer than the one held, throttled and one request at a time (risk-refresh.ts). A
 * refused fetch (an anonymous public screen) leaves the pushed top cells to serve.
 */
export function useRiskMap(pushed: RiskTop | null, horizon: RiskHorizon): RiskMapView | null {
  const [maps, setMaps] = useState<Partial<Record<RiskHorizon, RiskMapView>>>({});
  const [fetchesEnded, setFetchesEnded] = useState(0);
  const horizons = useRef(new Map<RiskHorizon, HorizonFetchState>());
  const clock = useRef<RiskFetchClock>({ inFlight: false, lastStartedAt: null });
  const unmounted = useRef(new AbortController());
  const pushedAt = pushed?.computedAt ?? null;

  useEffect(() => {
    const abort = new AbortController();
    unmounted.current = abort;
    return () => abort.abort();
  }, []);

  useEffect(() => {
    const decision = riskFetchDecision(horizons.current.get(horizon) ?? untried, clock.current, pushedAt, Date.now());
    if (!decision.fetch) return;
    const timer = setTimeout(() => {
      const signal = unmounted.current.signal;
      clock.current = { inFlight: true, lastStartedAt: Date.now() };
      fetchJson(`/api/risk?horizon=${horizon}`, riskMapSchema, signal)
        .then(
          (view) => {
            horizons.current.set(horizon, { tried: true, heldComputedAt: view.computedAt });
            setMaps((held) => ({ ...held, [horizon]: view }));
          },
          () => horizons.current.set(horizon, { tried: true, heldComputedAt: pushedAt }),
        )
        .finally(() => {
          clock.current = { ...clock.current, inFlight: false };
          if (!signal.aborted) setFetchesEnded((n) => n + 1);
        });
    }, decision.inMs);
    return () => clearTimeout(timer);
  }, [horizon, pushedAt, fetchesEnded]);

  return maps[horizon] ?? null;
}
