/**
 * What the storm-night figure records inside the wall screen's page, installed before the page's own
 * scripts (Playwright's addInitScript): nothing of it is in the product. Socket.io events come from a
 * listener on every WebSocket the page opens, store flushes from the live store's user-timing mark
 * (app/_live/live-marks.ts), layer rebuilds from deck.gl's own debug hook (a layer's data or update
 * triggers changed), and the connection badge is read a few times a second.
 */
export interface ScreenProbeRecord {
  /** [client ms, socket.io event name] of every event frame received. */
  messages: [number, string][];
  /** Client ms of every live-store flush. */
  flushes: number[];
  /** [client ms, layer id, "dataChanged" | "updateTriggersChanged"] each time deck.gl saw it. */
  layerChanges: [number, string, string][];
  /** [client ms, badge state, the "data as of" text] sampled. */
  badge: [number, string, string][];
}

declare global {
  interface Window {
    stormProbe?: ScreenProbeRecord;
  }
}

export const FLUSH_MARK = "live-store:flush";

/** Runs in the page: serialised by Playwright, so it closes over nothing but its argument. */
export function installScreenProbe({ sampleEveryMs, flushMark }: { sampleEveryMs: number; flushMark: string }): void {
  const record: ScreenProbeRecord = { messages: [], flushes: [], layerChanges: [], badge: [] };
  window.stormProbe = record;

  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener("message", (event: MessageEvent) => {
        // Engine.io "4" (message) + socket.io "2" (event): 42["name",…]
        const name = typeof event.data === "string" ? /^42(?:\d*)\["([^"]+)"/.exec(event.data)?.[1] : undefined;
        if (name) record.messages.push([Date.now(), name]);
      });
    }
  };

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === flushMark) record.flushes.push(performance.timeOrigin + entry.startTime);
  }).observe({ type: "mark" });

  type DeckGlobal = { log: { level: number }; _registerLoggers(loggers: Record<string, (...args: unknown[]) => void>): void };
  const hookDeck = () => {
    const deck = (globalThis as { deck?: DeckGlobal }).deck;
    if (!deck?._registerLoggers) return false;
    deck._registerLoggers({
      "layer.changeFlag": (layer, key) => {
        if (key === "dataChanged" || key === "updateTriggersChanged") record.layerChanges.push([Date.now(), (layer as { id: string }).id, key as string]);
      },
    });
    deck.log.level = 1;
    return true;
  };
  const deckTimer = setInterval(() => hookDeck() && clearInterval(deckTimer), 50);

  setInterval(() => {
    const badge = document.querySelector('[data-testid="connection-status"]');
    if (!badge) return;
    const clock = /\d\d:\d\d:\d\d/.exec(badge.textContent ?? "")?.[0] ?? "";
    record.badge.push([Date.now(), badge.getAttribute("data-state") ?? "", clock]);
  }, sampleEveryMs);
}
