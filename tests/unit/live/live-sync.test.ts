import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLiveStore, type LiveStore } from "@/app/_live/live-store";
import { startLiveSync } from "@/app/_live/live-sync";
import type { ScreenSocket } from "@/app/_live/screen-socket";
import type { CatchUpRequest, CatchUpResponse, Snapshot } from "@/lib/contracts";
import { aCase, aSnapshot, caseDelta } from "./live-fixtures";

type Listener = (...args: unknown[]) => void;

/** Just enough of a socket.io client: handlers by event, and catch-up requests answered by the test. */
class FakeSocket {
  connected = false;
  readonly catchUps: { request: CatchUpRequest; answer: (response: CatchUpResponse) => void }[] = [];
  private readonly handlers = new Map<string, Listener[]>();

  on(event: string, listener: Listener) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), listener]);
    return this;
  }
  serverSays(event: string, ...args: unknown[]) {
    if (event === "connect") this.connected = true;
    if (event === "disconnect") this.connected = false;
    for (const listener of this.handlers.get(event) ?? []) listener(...args);
  }
  timeout() {
    return {
      emit: (_event: "catch-up", request: CatchUpRequest, ack: (error: Error | null, response?: CatchUpResponse) => void) =>
        this.catchUps.push({ request, answer: (response) => ack(null, response) }),
    };
  }
  connect() {}
  disconnect() {}
  removeAllListeners() {
    this.handlers.clear();
  }
}

describe("startLiveSync", () => {
  let store: LiveStore;
  let socket: FakeSocket;
  let snapshots: Snapshot[];
  let loadSnapshot: ReturnType<typeof vi.fn<() => Promise<Snapshot>>>;
  let stop: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    store = createLiveStore((flush) => flush());
    socket = new FakeSocket();
    snapshots = [aSnapshot(10, { cases: [aCase("a")] })];
    loadSnapshot = vi.fn(() => {
      const next = snapshots.shift();
      return next ? Promise.resolve(next) : Promise.reject(new Error("404"));
    });
    stop = startLiveSync({ store, socket: socket as unknown as ScreenSocket, loadSnapshot, now: () => 42 });
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("loads the snapshot, then catches up from its seq once connected", async () => {
    await vi.waitFor(() => expect(store.getState().hasSnapshot).toBe(true));
    socket.serverSays("connect");
    expect(socket.catchUps.map((c) => c.request)).toEqual([{ afterSeq: 10 }]);
    socket.catchUps[0]?.answer({ ok: true, deltas: [caseDelta(11, "b", 1)] });
    expect(store.getState()).toMatchObject({ lastSeq: 11, connection: "connected" });
  });

  it("catches up again after every reconnect", async () => {
    await vi.waitFor(() => expect(store.getState().hasSnapshot).toBe(true));
    socket.serverSays("connect");
    socket.catchUps[0]?.answer({ ok: true, deltas: [] });
    socket.serverSays("disconnect");
    expect(store.getState().connection).toBe("disconnected");
    socket.serverSays("connect");
    expect(socket.catchUps.map((c) => c.request)).toEqual([{ afterSeq: 10 }, { afterSeq: 10 }]);
  });

  it("asks for the missing deltas after a gap that does not close by itself", async () => {
    await vi.waitFor(() => expect(store.getState().hasSnapshot).toBe(true));
    socket.serverSays("connect");
    socket.catchUps[0]?.answer({ ok: true, deltas: [] });
    socket.serverSays("deltas", [caseDelta(13, "c", 1)]);
    expect(socket.catchUps).toHaveLength(1);
    vi.advanceTimersByTime(300);
    expect(socket.catchUps[1]?.request).toEqual({ afterSeq: 10 });
    socket.catchUps[1]?.answer({ ok: true, deltas: [caseDelta(11, "x", 1), caseDelta(12, "y", 1), caseDelta(13, "c", 1)] });
    expect(store.getState()).toMatchObject({ lastSeq: 13, pending: [] });
  });

  it("does not ask when the missing delta arrives within the grace period", async () => {
    await vi.waitFor(() => expect(store.getState().hasSnapshot).toBe(true));
    socket.serverSays("connect");
    socket.catchUps[0]?.answer({ ok: true, deltas: [] });
    socket.serverSays("deltas", [caseDelta(12, "c", 1)]);
    socket.serverSays("deltas", [caseDelta(11, "b", 1)]);
    vi.advanceTimersByTime(1_000);
    expect(socket.catchUps).toHaveLength(1);
    expect(store.getState().lastSeq).toBe(12);
  });

  it("applies an array of deltas in seq order", async () => {
    await vi.waitFor(() => expect(store.getState().hasSnapshot).toBe(true));
    socket.serverSays("connect");
    socket.catchUps[0]?.answer({ ok: true, deltas: [] });
    socket.serverSays("deltas", [caseDelta(11, "b", 1), caseDelta(12, "b", 2), caseDelta(13, "c", 1)]);
    vi.advanceTimersByTime(1_000);
    expect(socket.catchUps).toHaveLength(1);
    expect(store.getState()).toMatchObject({ lastSeq: 13, pending: [] });
    expect(store.getState().cases.get("b")?.version).toBe(2);
  });

  it("takes the arrays of one publish, each bound for other rooms, in whatever order of seqs they come", async () => {
    await vi.waitFor(() => expect(store.getState().hasSnapshot).toBe(true));
    socket.serverSays("connect");
    socket.catchUps[0]?.answer({ ok: true, deltas: [] });
    socket.serverSays("deltas", [caseDelta(11, "b", 1), caseDelta(13, "b", 2)]);
    expect(store.getState().lastSeq).toBe(11);
    socket.serverSays("deltas", [caseDelta(12, "c", 1), caseDelta(14, "c", 2)]);
    vi.advanceTimersByTime(1_000);
    expect(socket.catchUps).toHaveLength(1);
    expect(store.getState()).toMatchObject({ lastSeq: 14, pending: [] });
  });

  it("asks for what is missing when an array leaves a gap", async () => {
    await vi.waitFor(() => expect(store.getState().hasSnapshot).toBe(true));
    socket.serverSays("connect");
    socket.catchUps[0]?.answer({ ok: true, deltas: [] });
    socket.serverSays("deltas", [caseDelta(11, "b", 1), caseDelta(13, "c", 1), caseDelta(14, "c", 2)]);
    expect(store.getState().lastSeq).toBe(11);
    vi.advanceTimersByTime(300);
    expect(socket.catchUps[1]?.request).toEqual({ afterSeq: 11 });
    socket.catchUps[1]?.answer({ ok: true, deltas: [caseDelta(12, "y", 1), caseDelta(13, "c", 1), caseDelta(14, "c", 2)] });
    expect(store.getState()).toMatchObject({ lastSeq: 14, pending: [] });
  });

  it("refetches the snapshot when the server says the log no longer reaches back", async () => {
    await vi.waitFor(() => expect(store.getState().hasSnapshot).toBe(true));
    snapshots.push(aSnapshot(9_000, { cases: [aCase("fresh")] }));
    socket.serverSays("connect");
    socket.catchUps[0]?.answer({ ok: false, reset: true });
    await vi.waitFor(() => expect(store.getState().snapshotSeq).toBe(9_000));
    expect([...store.getState().cases.keys()]).toEqual(["fresh"]);
    expect(loadSnapshot).toHaveBeenCalledTimes(2);
  });

  it("waits as long as the server says when it refuses a catch-up for asking too often", async () => {
    await vi.waitFor(() => expect(store.getState().hasSnapshot).toBe(true));
    socket.serverSays("connect");
    socket.catchUps[0]?.answer({ ok: true, deltas: [] });
    socket.serverSays("deltas", [caseDelta(13, "c", 1)]);
    vi.advanceTimersByTime(300);
    socket.catchUps[1]?.answer({ ok: false, error: "too many catch-ups", retryAfterMs: 6_000 });
    vi.advanceTimersByTime(5_000);
    expect(socket.catchUps).toHaveLength(2);
    vi.advanceTimersByTime(1_300);
    expect(socket.catchUps[2]?.request).toEqual({ afterSeq: 10 });
  });

  it("retries the snapshot with backoff while the server has none", async () => {
    snapshots.length = 0;
    stop();
    store = createLiveStore((flush) => flush());
    stop = startLiveSync({ store, socket: socket as unknown as ScreenSocket, loadSnapshot, now: () => 42 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().hasSnapshot).toBe(false);
    snapshots.push(aSnapshot(5));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.getState()).toMatchObject({ hasSnapshot: true, lastSeq: 5 });
  });

  it("drops malformed messages", async () => {
    await vi.waitFor(() => expect(store.getState().hasSnapshot).toBe(true));
    socket.serverSays("deltas", [{ seq: 11, kind: "case", case: { id: "broken" } }, caseDelta(12, "fine", 1)]);
    socket.serverSays("deltas", { seq: 13, kind: "case", case: aCase("not-in-an-array") });
    socket.serverSays("positions", [["w1", 31.2, 121.4], ["w2", "north", 121.4]]);
    expect(store.getState().cases.has("broken")).toBe(false);
    expect(store.getState().cases.has("fine")).toBe(true);
    expect(store.getState().cases.has("not-in-an-array")).toBe(false);
    expect([...store.getState().positions.keys()]).toEqual(["w1"]);
  });
});
