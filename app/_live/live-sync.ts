import {
  deltaSchema,
  kpiSchema,
  sensorValueSchema,
  workerPositionSchema,
  type CatchUpResponse,
  type Delta,
  type Snapshot,
  type WorkerPosition,
} from "@/lib/contracts";
import type { LiveStore } from "./live-store";
import { hasGap } from "./live-state";
import { retryDelayMs } from "./retry-delay";
import type { ScreenSocket } from "./screen-socket";

// Emitters in several processes may publish neighbouring seqs out of order: give the missing one a moment.
const GAP_GRACE_MS = 300;
const CATCH_UP_TIMEOUT_MS = 10_000;
const CATCH_UP_RETRY_MS = 2_000;
// Catch-ups that answer but leave the gap open mean the log cannot help: start again from a snapshot.
const MAX_UNCLOSED_CATCH_UPS = 3;

export interface LiveSyncDeps {
  store: LiveStore;
  socket: ScreenSocket;
  loadSnapshot: () => Promise<Snapshot>;
  now?: () => number;
}

/**
 * Keeps the store truthful: snapshot first, then deltas; catches up after every (re)connect and every gap,
 * and falls back to a fresh snapshot when the server says the log no longer reaches back.
 */
export function startLiveSync({ store, socket, loadSnapshot, now = Date.now }: LiveSyncDeps): () => void {
  let stopped = false;
  let snapshotLoading = false;
  let snapshotAttempts = 0;
  let catchUpInFlight = false;
  let unclosedCatchUps = 0;
  let gapCheckScheduled = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const later = (run: () => void, ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopped) run();
    }, ms);
    timers.add(timer);
  };

  const requestSnapshot = () => {
    if (snapshotLoading || stopped) return;
    snapshotLoading = true;
    loadSnapshot().then(
      (snapshot) => {
        snapshotLoading = false;
        snapshotAttempts = 0;
        if (stopped) return;
        store.dispatch({ type: "snapshot-loaded", snapshot, at: now() });
        // Deltas sent between reading the snapshot and joining the room would otherwise go unnoticed.
        catchUp();
      },
      (error: unknown) => {
        snapshotLoading = false;
        console.warn("snapshot unavailable, retrying", error);
        later(requestSnapshot, retryDelayMs(snapshotAttempts++));
      },
    );
  };

  const answerCatchUp = (response: CatchUpResponse) => {
    if (response.ok) {
      store.dispatch({ type: "deltas-received", deltas: validDeltas(response.deltas), at: now() });
      unclosedCatchUps = hasGap(store.getState()) ? unclosedCatchUps + 1 : 0;
      if (unclosedCatchUps >= MAX_UNCLOSED_CATCH_UPS) {
        unclosedCatchUps = 0;
        store.dispatch({ type: "snapshot-required" });
      }
    } else if ("reset" in response) {
      store.dispatch({ type: "snapshot-required" });
    } else {
      console.warn("catch-up refused", response.error);
      // Asked too often: the server says when it will answer again.
      later(scheduleGapCheck, Math.max(CATCH_UP_RETRY_MS, response.retryAfterMs ?? 0));
    }
  };

  const catchUp = () => {
    const state = store.getState();
    if (catchUpInFlight || !socket.connected || state.sync !== "live") return;
    catchUpInFlight = true;
    socket.timeout(CATCH_UP_TIMEOUT_MS).emit("catch-up", { afterSeq: state.lastSeq }, (error, response) => {
      catchUpInFlight = false;
      if (stopped) return;
      if (error) later(scheduleGapCheck, CATCH_UP_RETRY_MS);
      else answerCatchUp(response);
    });
  };

  const scheduleGapCheck = () => {
    if (gapCheckScheduled) return;
    gapCheckScheduled = true;
    later(() => {
      gapCheckScheduled = false;
      if (hasGap(store.getState())) catchUp();
    }, GAP_GRACE_MS);
  };

  const unsubscribe = store.subscribe(() => {
    const state = store.getState();
    if (state.sync === "awaiting-snapshot") requestSnapshot();
    else if (hasGap(state)) scheduleGapCheck();
  });

  socket.on("connect", () => {
    store.dispatch({ type: "connection-changed", connection: "connected" });
    if (store.getState().sync === "live") catchUp();
    else requestSnapshot();
  });
  socket.on("disconnect", () => store.dispatch({ type: "connection-changed", connection: "disconnected" }));
  socket.on("connect_error", () => store.dispatch({ type: "connection-changed", connection: "disconnected" }));
  // Order and gaps are the reducer's business: it sorts by seq, and a gap left open schedules a catch-up.
  socket.on("deltas", (deltas) => store.enqueueDeltas(validDeltas(deltas)));
  socket.on("positions", (positions) => store.enqueuePositions(validPositions(positions)));
  // Each applied in the next frame with whatever else came: a commit between frames would paint nothing sooner.
  socket.on("kpi", (kpi) => {
    const parsed = kpiSchema.safeParse(kpi);
    if (parsed.success) store.enqueueKpi(parsed.data);
  });

  socket.on("sensors", (values) => {
    const valid = Array.isArray(values) ? values.filter((value) => sensorValueSchema.safeParse(value).success) : [];
    if (valid.length > 0) store.enqueueSensorValues(valid);
  });

  requestSnapshot();
  socket.connect();

  return () => {
    stopped = true;
    unsubscribe();
    timers.forEach(clearTimeout);
    socket.removeAllListeners();
    socket.disconnect();
  };
}

function validDeltas(deltas: unknown): Delta[] {
  if (!Array.isArray(deltas)) {
    console.warn("malformed deltas dropped: not an array");
    return [];
  }
  return deltas.flatMap((delta: unknown) => {
    const parsed = deltaSchema.safeParse(delta);
    if (parsed.success) return [parsed.data];
    console.warn("malformed delta dropped", parsed.error.issues);
    return [];
  });
}

function validPositions(positions: readonly unknown[]): WorkerPosition[] {
  return positions.filter((position): position is WorkerPosition => workerPositionSchema.safeParse(position).success);
}
