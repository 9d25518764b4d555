import { describe, expect, it, vi } from "vitest";
import type { ResidentNotification } from "@/lib/contracts/notification";
import { createLogNotifier, linesPerTurn, logLine } from "@/lib/notify/log-notifier";
import { allOf, PermanentDeliveryError, type Notifier } from "@/lib/notify/notifier";
import { createSocketNotifier, type RoomEmitter } from "@/lib/notify/socket-notifier";
import { createWebhookNotifier, isPermanentStatus, webhookBody } from "@/lib/notify/webhook-notifier";

const notification: ResidentNotification = {
  id: "notify-0123456789abcdef0123456789abcdef",
  caseId: "6f1c1d5e-8a0f-5b7e-9c1d-2e3f4a5b6c7d",
  caseCode: "SH20261123-000042",
  stage: "dispatched",
  notice: "dispatched",
  message: { zh: "已派给网格员处理", en: "Assigned to a grid worker" },
  at: "2026-11-23T02:00:00.000Z",
  trackingUrl: "https://city.example/track/abc",
};

function fakeFetch(status: number) {
  return vi.fn<typeof fetch>(async () => new Response(null, { status }));
}

describe("webhook notifier", () => {
  it("posts the code, stage, both messages and the link as JSON, keyed for dedup; never the case id", async () => {
    const fetch = fakeFetch(204);
    await createWebhookNotifier({ url: "http://127.0.0.1:9/hook", timeoutMs: 1000, fetch }).send(notification, { userId: null });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe("http://127.0.0.1:9/hook");
    expect(init?.method).toBe("POST");
    expect(init?.headers).toMatchObject({ "content-type": "application/json; charset=utf-8", "idempotency-key": notification.id });
    expect(JSON.parse(String(init?.body))).toEqual({
      id: notification.id,
      caseCode: "SH20261123-000042",
      stage: "dispatched",
      notice: "dispatched",
      message: { zh: "已派给网格员处理", en: "Assigned to a grid worker" },
      at: "2026-11-23T02:00:00.000Z",
      trackingUrl: "https://city.example/track/abc",
    });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it("leaves the link out when there is none", () => {
    const { trackingUrl: _omitted, ...withoutLink } = notification;
    expect(webhookBody(withoutLink)).not.toHaveProperty("trackingUrl");
  });

  it("fails for good on a refusing 4xx, and for a retry on 5xx, 408 and 429", async () => {
    const send = (status: number) => createWebhookNotifier({ url: "http://h/", timeoutMs: 1000, fetch: fakeFetch(status) }).send(notification, { userId: null });
    await expect(send(400)).rejects.toBeInstanceOf(PermanentDeliveryError);
    await expect(send(404)).rejects.toBeInstanceOf(PermanentDeliveryError);
    for (const status of [500, 503, 408, 429]) {
      const failure = send(status);
      await expect(failure).rejects.toThrow(`answered ${status}`);
      await expect(failure).rejects.not.toBeInstanceOf(PermanentDeliveryError);
    }
    expect([400, 401, 403, 404, 410, 422].every(isPermanentStatus)).toBe(true);
    expect([200, 408, 425, 429, 500, 502].some(isPermanentStatus)).toBe(false);
  });
});

describe("log notifier", () => {
  it("logs the code, step and message, never the private link", async () => {
    const lines: string[] = [];
    await createLogNotifier({ eachNotification: true, write: (line) => lines.push(line) }).send(notification, { userId: null });
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toEqual(["[notify] SH20261123-000042 dispatched: 已派给网格员处理"]);
    expect(logLine(notification)).not.toContain("/track/");
  });

  it("at the default level, writes one summary per period and nothing while idle", async () => {
    vi.useFakeTimers();
    try {
      const lines: string[] = [];
      const notifier = createLogNotifier({ eachNotification: false, write: (line) => lines.push(line), summaryPeriodMs: 60_000 });
      for (let i = 0; i < 3; i++) await notifier.send(notification, { userId: null });
      await notifier.send({ ...notification, notice: "resolved" }, { userId: null });
      expect(lines).toEqual([]);
      vi.advanceTimersByTime(60_000);
      expect(lines).toEqual(["[notify] 4 notifications in the last 60 s, logged instead of sent (no NOTIFY_WEBHOOK_URL): dispatched 3, resolved 1"]);
      vi.advanceTimersByTime(600_000);
      expect(lines).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("writes the lines of one turn together, and a later turn's apart", async () => {
    const writes: string[] = [];
    const log = linesPerTurn((text) => writes.push(text));
    log("a");
    log("b");
    await new Promise((resolve) => setImmediate(resolve));
    log("c");
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(["a\nb", "c"]);
  });
});

describe("socket notifier", () => {
  it("emits to the reporter's own room, and to nobody for an anonymous reporter", async () => {
    const emitted: [string, string, ResidentNotification][] = [];
    const emitter: RoomEmitter = { to: (room) => ({ emit: (event, n) => emitted.push([room, event, n]) }) };
    const socket = createSocketNotifier(emitter);
    await socket.send(notification, { userId: "user-resident" });
    await socket.send(notification, { userId: null });
    expect(emitted).toEqual([["user:user-resident", "notification", notification]]);
  });
});

describe("several notifiers", () => {
  it("send in order and stop at the first failure, so a retry repeats them all", async () => {
    const calls: string[] = [];
    const ok = (name: string): Notifier => ({ send: async () => void calls.push(name) });
    const failing: Notifier = { send: async () => Promise.reject(new Error("down")) };
    await expect(allOf([ok("socket"), failing, ok("never")]).send(notification, { userId: null })).rejects.toThrow("down");
    expect(calls).toEqual(["socket"]);
  });
});
