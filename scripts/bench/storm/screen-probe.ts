/**
 * What the storm-night figure records inside the wall screen's page, installed before the page's own
 * scripts (Playwright's addInitScript): nothing of it is in the product. Socket.io events come from a
 * listener on every WebSocket the page opens, store flushes from the live store's user-timing mark
 * (app/_live/live-marks.ts), layer rebuilds and frames drawn from deck.gl's own debug hooks (a layer's
 * data or update triggers changed, the renderer drew), and the connection badge is read a few times a second.
 */
export interface ScreenProbeRecord {
  /** [client ms, socket.io event name] of every event frame received. */
  messages: [number, string][];
  /** Client ms of every live-store flush. */
  flushes: number[];
  /**
   * [client ms, layer id, "dataChanged" | "updateTriggersChanged", 1 when the new data reads the same as
   * the layer's previous data (arrays up to a few thousand rows, compared as JSON), else 0].
   */
  layerChanges: [number, string, string, number][];
  /** Client ms of every frame deck.gl drew (its renderer's render of the layers). */
  deckFrames: number[];
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
  const record: ScreenProbeRecord = { messages: [], flushes: [], layerChanges: [], deckFrames: [], badge: [] };
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
  const previousData = new Map<string, string>();
  const sameAsBefore = (id: string, data: unknown) => {
    if (!Array.isArray(data) || data.length > 5_000) return 0;
    const json = JSON.stringify(data);
    const same = previousData.get(id) === json;
    previousData.set(id, json);
    return same ? 1 : 0;
  };
  const hookDeck = () => {
    const deck = (globalThis as { deck?: DeckGlobal }).deck;
    if (!deck?._registerLoggers) return false;
    deck._registerLoggers({
      "layer.changeFlag": (layer, key) => {
        const { id, props } = layer as { id: string; props: { data: unknown } };
        if (key === "dataChanged") record.layerChanges.push([Date.now(), id, key, sameAsBefore(id, props.data)]);
        else if (key === "updateTriggersChanged") record.layerChanges.push([Date.now(), id, key, 0]);
      },
      "deckRenderer.renderLayers": () => record.deckFrames.push(Date.now()),
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
