import {
  screenCaseLimit,
  type AlertSummary,
  type CaseSummary,
  type Delta,
  type Kpi,
  type ResourceSummary,
  type RiskTop,
  type ScreenMode,
  type ScreenSensor,
  type StoredForecast,
  type WorkerSummary,
} from "@/lib/contracts";
import { ArrivalLog } from "./arrival-log";
import { CaseCollection } from "./case-collection";

export type ConnectionStatus = "connecting" | "connected" | "disconnected";

/** "awaiting-snapshot": the deltas alone cannot be trusted to complete the picture; a snapshot must come first. */
export type SyncPhase = "awaiting-snapshot" | "live";

export interface LatLng {
  readonly lat: number;
  readonly lng: number;
}

export interface LiveState {
  readonly connection: ConnectionStatus;
  readonly sync: SyncPhase;
  readonly hasSnapshot: boolean;
  /** Seq of the snapshot in force: deltas at or below it are already in it. */
  readonly snapshotSeq: number;
  /** Every delta up to this seq has been applied. */
  readonly lastSeq: number;
  /**
   * Deltas above lastSeq that could not extend it (a gap before them, or no snapshot yet), sorted by seq.
   * They are applied already; they are kept to close the gap later and to replay over a newer snapshot.
   */
  readonly pending: readonly Delta[];
  readonly cases: CaseCollection;
  /** How `cases` differs from the collection before it, so views of the cases can follow without a full pass. */
  readonly caseChanges: CaseChanges;
  readonly workers: ReadonlyMap<string, WorkerSummary>;
  /** Seq of the last delta applied per worker: workers carry no version of their own. */
  readonly workerSeqs: ReadonlyMap<string, number>;
  readonly positions: ReadonlyMap<string, LatLng>;
  /** Emergency resources by id: shelters, pump trucks, sandbag depots, rescue teams, vehicles. */
  readonly resources: ReadonlyMap<string, ResourceSummary>;
  /** CAP alerts by id, as GET /api/alerts and `alert` deltas told them: which are in force is decided when drawn. */
  readonly alerts: ReadonlyMap<string, AlertSummary>;
  /** Cases first seen through a delta after a snapshot, with the client time (ms) they arrived: they pulse. */
  readonly arrivals: ArrivalLog;
  readonly kpi: Kpi | null;
  /** Typhoon mode or an ordinary day; null until the snapshot says. */
  readonly mode: ScreenMode | null;
  /** The forecasts of the storm heard of last, oldest issue first (their lead-0 points are its past track). */
  readonly forecasts: readonly StoredForecast[];
  /** The flood-risk map's top cells per horizon as last pushed; null until a recomputation is heard of. */
  readonly risk: RiskTop | null;
  /** Rain and water-level gauges with their latest value, by id. */
  readonly sensors: ReadonlyMap<string, ScreenSensor>;
  /** Client time (ms) when data last came: a snapshot, deltas, positions or gauge values (not the KPI refresh). */
  readonly dataAsOf: number | null;
}

/** One case added (no `previous`), updated, or dropped (no `next`). */
export interface CaseChange {
  readonly previous: CaseSummary | undefined;
  readonly next: CaseSummary | undefined;
}

export interface CaseChanges {
  /** The collection the changes apply to; null when `cases` was replaced wholesale (a snapshot). */
  readonly base: CaseCollection | null;
  /** What turns `base` into `cases`, in order (a case may change more than once). */
  readonly list: readonly CaseChange[];
}

export interface LiveLimits {
  /** Cases kept in memory; beyond it the oldest finished ones go first, then the oldest open ones. */
  readonly maxCases: number;
  /** Out-of-order deltas kept while a gap is open; beyond it the oldest are dropped. */
  readonly maxPending: number;
  /** How long a case counts as newly arrived. */
  readonly arrivalWindowMs: number;
}

// 100,000 cases: the wall screen's target in PRODUCT.md §11.
export const defaultLiveLimits: LiveLimits = { maxCases: screenCaseLimit, maxPending: 10_000, arrivalWindowMs: 30_000 };

export const initialLiveState: LiveState = {
  connection: "connecting",
  sync: "awaiting-snapshot",
  hasSnapshot: false,
  snapshotSeq: 0,
  lastSeq: 0,
  pending: [],
  cases: CaseCollection.empty,
  caseChanges: { base: null, list: [] },
  workers: new Map(),
  workerSeqs: new Map(),
  positions: new Map(),
  alerts: new Map(),
  resources: new Map(),
  arrivals: ArrivalLog.empty,
  kpi: null,
  mode: null,
  forecasts: [],
  risk: null,
  sensors: new Map(),
  dataAsOf: null,
};

/** A gap is open when deltas arrived beyond the next expected seq. */
export function hasGap(state: LiveState): boolean {
  return state.sync === "live" && state.pending.length > 0;
}
