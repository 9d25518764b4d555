import type { AlertSummary, Delta, ResourceSummary, WorkerSummary } from "@/lib/contracts";
import { boundCases } from "./bound-cases";
import type { CaseEdit } from "./case-collection";
import type { CaseChange, LiveLimits, LiveState } from "./live-state";
import { laterMode, laterRisk, withForecast } from "./weather-state";

/**
 * Applies a batch of deltas: each entity only moves forward (cases, resources and alerts by version, workers by
 * seq, the mode by when it changed), a case patch merging its changed fields into the case held, and lastSeq
 * advances as far as the received seqs are contiguous.
 */
export function applyDeltas(state: LiveState, deltas: readonly Delta[], at: number, limits: LiveLimits): LiveState {
  const fresh = deltas.filter((delta) => delta.seq > state.snapshotSeq).sort((a, b) => a.seq - b.seq);
  if (fresh.length === 0) return { ...state, dataAsOf: at };

  const entities = applyToEntities(state, fresh);
  const sequence = advanceSequence(state, fresh, limits.maxPending);
  const { caseEdit, caseChangeList } = entities;
  const caseChanges = caseEdit && { base: state.cases, list: [...caseChangeList, ...boundCases(caseEdit, limits.maxCases)] };
  return {
    ...state,
    ...sequence,
    cases: caseEdit ? caseEdit.done() : state.cases,
    caseChanges: caseChanges ?? state.caseChanges,
    workers: entities.workers,
    workerSeqs: entities.workerSeqs,
    resources: entities.resources,
    alerts: entities.alerts,
    mode: entities.mode,
    forecasts: entities.forecasts,
    risk: entities.risk,
    // Before the first snapshot everything looks new; nothing has arrived yet.
    arrivals: state.hasSnapshot ? state.arrivals.record(entities.arrivedCaseIds, at, limits.arrivalWindowMs) : state.arrivals,
    dataAsOf: at,
  };
}

function applyToEntities(state: LiveState, deltas: readonly Delta[]) {
  let caseEdit: CaseEdit | null = null;
  const caseChangeList: CaseChange[] = [];
  let workers: Map<string, WorkerSummary> | null = null;
  let workerSeqs: Map<string, number> | null = null;
  let resources: Map<string, ResourceSummary> | null = null;
  let alerts: Map<string, AlertSummary> | null = null;
  const arrivedCaseIds: string[] = [];
  let mode = state.mode;
  let forecasts = state.forecasts;
  let risk = state.risk;

  for (const delta of deltas) {
    if (delta.kind === "case") {
      const known = (caseEdit ?? state.cases).get(delta.case.id);
      if (known && known.version >= delta.case.version) continue;
      if (!known) arrivedCaseIds.push(delta.case.id);
      caseEdit ??= state.cases.edit();
      caseEdit.set(delta.case);
      caseChangeList.push({ previous: known, next: delta.case });
    } else if (delta.kind === "case-patch") {
      // A patch says only what changed: a screen that does not hold the case has nothing to merge it into.
      const known = (caseEdit ?? state.cases).get(delta.id);
      if (!known || known.version >= delta.version) continue;
      const next = { ...known, ...delta.set, version: delta.version };
      caseEdit ??= state.cases.edit();
      caseEdit.set(next);
      caseChangeList.push({ previous: known, next });
    } else if (delta.kind === "resource") {
      const known = (resources ?? state.resources).get(delta.resource.id);
      if (known && known.version >= delta.resource.version) continue;
      resources ??= new Map(state.resources);
      resources.set(delta.resource.id, delta.resource);
    } else if (delta.kind === "alert") {
      const known = (alerts ?? state.alerts).get(delta.alert.id);
      if (known && known.version >= delta.alert.version) continue;
      alerts ??= new Map(state.alerts);
      alerts.set(delta.alert.id, delta.alert);
    } else if (delta.kind === "worker") {
      const knownSeq = (workerSeqs ?? state.workerSeqs).get(delta.worker.id) ?? state.snapshotSeq;
      if (knownSeq >= delta.seq) continue;
      workers ??= new Map(state.workers);
      workerSeqs ??= new Map(state.workerSeqs);
      workers.set(delta.worker.id, delta.worker);
      workerSeqs.set(delta.worker.id, delta.seq);
    } else if (delta.kind === "forecast") {
      forecasts = withForecast(forecasts, delta.forecast);
    } else if (delta.kind === "screen-mode") {
      mode = laterMode(mode, delta.mode);
    } else if (delta.kind === "risk") {
      risk = laterRisk(risk, delta.risk);
    }
  }
  return {
    caseEdit,
    caseChangeList,
    arrivedCaseIds,
    workers: workers ?? state.workers,
    workerSeqs: workerSeqs ?? state.workerSeqs,
    resources: resources ?? state.resources,
    alerts: alerts ?? state.alerts,
    mode,
    forecasts,
    risk,
  };
}

function advanceSequence(state: LiveState, sortedDeltas: readonly Delta[], maxPending: number) {
  if (state.sync === "live" && state.pending.length === 0 && continues(state.lastSeq, sortedDeltas)) {
    return { lastSeq: sortedDeltas.at(-1)?.seq ?? state.lastSeq, pending: state.pending };
  }
  const bySeq = new Map<number, Delta>();
  for (const delta of state.pending) bySeq.set(delta.seq, delta);
  for (const delta of sortedDeltas) if (delta.seq > state.lastSeq) bySeq.set(delta.seq, delta);

  let lastSeq = state.lastSeq;
  if (state.sync === "live") {
    while (bySeq.delete(lastSeq + 1)) lastSeq += 1;
  }
  const pending = [...bySeq.values()].sort((a, b) => a.seq - b.seq).slice(-maxPending);
  return { lastSeq, pending };
}

/** Whether the sorted deltas are exactly the seqs after `lastSeq`, with none missing or repeated: the usual case, live. */
function continues(lastSeq: number, sortedDeltas: readonly Delta[]): boolean {
  return sortedDeltas.every((delta, i) => delta.seq === lastSeq + 1 + i);
}
