import { median, percentile } from "../statistics";
import { freshnessSamples } from "./freshness";
import type { ScreenProbeRecord } from "./screen-probe";

/** The socket events that carry the city's data; `kpi` is a periodic recomputation and is not among them. */
export const DATA_EVENTS: ReadonlySet<string> = new Set(["deltas", "positions", "sensors"]);

export interface StormWindows {
  /** The peak under load, client ms. */
  peak: { from: number; to: number };
  /** After the load stopped. */
  quiet: { from: number; to: number };
}

export interface StormSummary {
  seconds: number;
  messagesPerSecond: number;
  messagesByEvent: Record<string, number>;
  /** What still came once the load had stopped. */
  quietMessagesByEvent: Record<string, number>;
  flushesPerSecond: number;
  /** Frames deck.gl drew a second: software WebGL on a loaded machine draws few, and layers update only in them. */
  deckFramesPerSecond: number;
  /** Per layer id: times its data (or update triggers) changed in the peak. */
  layerDataChanges: Record<string, number>;
  layerTriggerChanges: Record<string, number>;
  /** Per layer id: data rebuilds whose new data read the same as before (nothing it draws changed). */
  layerNeedlessChanges: Record<string, number>;
  needlessShare: number;
  /** The busiest layer's data rebuilds per socket message, and all layers' together. */
  busiestLayerRebuildsPerMessage: number;
  allLayerRebuildsPerMessage: number;
  behindNewestMs: { p50: number; p99: number; max: number };
  behindWallMs: { p50: number; p99: number; max: number };
  /** Badge readings "stale" (or not connected) while data flowed. */
  staleWhileFlowing: number;
  badgeSamples: number;
  /** After the load stopped: from the last data message before the badge first read "stale" to that reading; NaN if it never did. */
  staleAfterStopMs: number;
}

const countBy = (names: readonly string[]) => names.reduce<Record<string, number>>((counts, n) => ({ ...counts, [n]: (counts[n] ?? 0) + 1 }), {});
const spread = (values: readonly number[]) => ({ p50: median(values), p99: percentile(values, 99), max: values.length > 0 ? Math.max(...values) : Number.NaN });

export function summariseStorm(record: ScreenProbeRecord, { peak, quiet }: StormWindows): StormSummary {
  const inPeak = (at: number) => at >= peak.from && at < peak.to;
  const seconds = (peak.to - peak.from) / 1000;
  const messages = record.messages.filter(([at]) => inPeak(at));
  const changes = record.layerChanges.filter(([at]) => inPeak(at));
  const layerDataChanges = countBy(changes.filter(([, , key]) => key === "dataChanged").map(([, id]) => id));
  const layerTriggerChanges = countBy(changes.filter(([, , key]) => key === "updateTriggersChanged").map(([, id]) => id));
  const layerNeedlessChanges = countBy(changes.filter(([, , key, same]) => key === "dataChanged" && same === 1).map(([, id]) => id));
  const dataRebuilds = Object.values(layerDataChanges);
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const perMessage = (n: number) => (messages.length === 0 ? Number.NaN : n / messages.length);

  const samples = freshnessSamples(record, DATA_EVENTS, peak.from, peak.to);
  const firstStale = record.badge.find(([at, state]) => at >= quiet.from && at < quiet.to && state === "stale");
  // A straggler after the badge turned (a late dispatch, an SLA clock) does not move when it turned.
  const lastData = Math.max(...record.messages.filter(([at, name]) => DATA_EVENTS.has(name) && at <= (firstStale?.[0] ?? quiet.to)).map(([at]) => at));

  return {
    seconds,
    messagesPerSecond: messages.length / seconds,
    messagesByEvent: countBy(messages.map(([, name]) => name)),
    quietMessagesByEvent: countBy(record.messages.filter(([at]) => at >= quiet.from && at < quiet.to).map(([, name]) => name)),
    flushesPerSecond: record.flushes.filter(inPeak).length / seconds,
    deckFramesPerSecond: record.deckFrames.filter(inPeak).length / seconds,
    layerDataChanges,
    layerTriggerChanges,
    layerNeedlessChanges,
    needlessShare: total(layerNeedlessChanges) / Math.max(1, total(layerDataChanges)),
    busiestLayerRebuildsPerMessage: perMessage(dataRebuilds.length > 0 ? Math.max(...dataRebuilds) : 0),
    allLayerRebuildsPerMessage: perMessage(total(layerDataChanges)),
    behindNewestMs: spread(samples.map((s) => s.behindNewestMs)),
    behindWallMs: spread(samples.map((s) => s.behindWallMs)),
    staleWhileFlowing: samples.filter((s) => s.state !== "connected").length,
    badgeSamples: samples.length,
    staleAfterStopMs: firstStale && Number.isFinite(lastData) ? firstStale[0] - lastData : Number.NaN,
  };
}
