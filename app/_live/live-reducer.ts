import type { AlertSummary, Delta, Kpi, SensorValue, Snapshot, WorkerPosition } from "@/lib/contracts";
import { applyDeltas } from "./apply-deltas";
import { boundCases } from "./bound-cases";
import { CaseCollection } from "./case-collection";
import type { ConnectionStatus, LatLng, LiveLimits, LiveState } from "./live-state";
import { defaultLiveLimits } from "./live-state";
import { gaugesFromSnapshot, laterMode, withSensorValues } from "./weather-state";

export type LiveAction =
  | { type: "snapshot-loaded"; snapshot: Snapshot; at: number }
  | { type: "deltas-received"; deltas: readonly Delta[]; at: number }
  | { type: "positions-received"; positions: readonly WorkerPosition[]; at: number }
  | { type: "kpi-received"; kpi: Kpi; at: number }
  /** GET /api/alerts' answer: merged by version with what `alert` deltas brought meanwhile. */
  | { type: "alerts-loaded"; alerts: readonly AlertSummary[] }
  | { type: "sensors-received"; values: readonly SensorValue[]; at: number }
  | { type: "snapshot-required" }
  | { type: "connection-changed"; connection: ConnectionStatus };

/** The screen's state is a pure function of what the server said, in whatever order it arrived. */
export function reduceLive(state: LiveState, action: LiveAction, limits: LiveLimits = defaultLiveLimits): LiveState {
  switch (action.type) {
    case "snapshot-loaded":
      return loadSnapshot(state, action.snapshot, action.at, limits);
    case "deltas-received":
      return applyDeltas(state, action.deltas, action.at, limits);
    case "positions-received":
      return { ...state, positions: withPositions(state.positions, action.positions), dataAsOf: action.at };
    case "kpi-received":
      // A periodic recomputation, sent whether or not anything happened: it says the server lives, not that data came.
      return { ...state, kpi: newerKpi(state.kpi, action.kpi) };
    case "alerts-loaded":
      return { ...state, alerts: withAlerts(state.alerts, action.alerts) };
    case "sensors-received":
      return { ...state, sensors: withSensorValues(state.sensors, action.values), dataAsOf: action.at };
    case "snapshot-required":
      return { ...state, sync: "awaiting-snapshot" };
    case "connection-changed":
      return state.connection === action.connection ? state : { ...state, connection: action.connection };
  }
}

/** Replaces everything with the snapshot, then replays the deltas received meanwhile that it does not cover. */
function loadSnapshot(state: LiveState, snapshot: Snapshot, at: number, limits: LiveLimits): LiveState {
  const fromSnapshot: LiveState = {
    ...state,
    sync: "live",
    hasSnapshot: true,
    snapshotSeq: snapshot.seq,
    lastSeq: snapshot.seq,
    pending: [],
    cases: boundedCollection(snapshot.cases, limits.maxCases),
    caseChanges: { base: null, list: [] },
    workers: new Map(snapshot.workers.map((worker) => [worker.id, worker])),
    workerSeqs: new Map(),
    resources: new Map(snapshot.resources.map((resource) => [resource.id, resource])),
    kpi: newerKpi(state.kpi, snapshot.kpi),
    mode: laterMode(state.mode, snapshot.mode),
    forecasts: snapshot.forecasts,
    sensors: gaugesFromSnapshot(state.sensors, snapshot.sensors),
    dataAsOf: at,
  };
  return applyDeltas(fromSnapshot, state.pending, at, limits);
}

function boundedCollection(summaries: Snapshot["cases"], maxCases: number): CaseCollection {
  const edit = CaseCollection.empty.edit();
  for (const summary of summaries) edit.set(summary);
  boundCases(edit, maxCases);
  return edit.done();
}

function newerKpi(current: Kpi | null, candidate: Kpi): Kpi {
  return current && Date.parse(current.computedAt) >= Date.parse(candidate.computedAt) ? current : candidate;
}

function withPositions(current: ReadonlyMap<string, LatLng>, positions: readonly WorkerPosition[]) {
  if (positions.length === 0) return current;
  const next = new Map(current);
  for (const [workerId, lat, lng] of positions) next.set(workerId, { lat, lng });
  return next;
}

function withAlerts(known: ReadonlyMap<string, AlertSummary>, loaded: readonly AlertSummary[]): ReadonlyMap<string, AlertSummary> {
  const alerts = new Map(known);
  for (const alert of loaded) {
    const current = alerts.get(alert.id);
    if (!current || current.version < alert.version) alerts.set(alert.id, alert);
  }
  return alerts;
}
