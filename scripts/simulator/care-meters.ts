import { setTimeout as sleep } from "node:timers/promises";
import type { DemoCareHousehold } from "@/lib/city/shanghai/care-households";
import { householdHour } from "@/scripts/simulator/model/household-meters";
import type { Random } from "@/scripts/simulator/model/seeded-random";
import type { HttpClient } from "./http-client";

const HOUR_MS = 3_600_000;
const SHANGHAI_OFFSET_HOURS = 8;
/** Three weeks of history at start, so the watch has learned each household before the live hours come. */
const HISTORY_HOURS = 21 * 24;
const READINGS_PER_POST = 10_000;
/**
 * At start a few residents have already stopped, 27–28 hours ago: about as long as the watch waits for a stop at an hour
 * these lives were never quiet before (3–28 h, by the hour), and short enough that an alert it raised early is still
 * within the day in which an alert found late is raised. Their alerts come with the first readings.
 */
const STOPPED_AT_START = 0.01;
/** Each hour, each household's resident stops with this chance (about one a day over 300), for a day and a half. */
const STOP_CHANCE_PER_HOUR = 0.003;
const STOP_HOURS = 36;
const CHECK_EVERY_MS = 60_000;

export interface CareMetersRun {
  http: HttpClient;
  households: readonly DemoCareHousehold[];
  random: Random;
  /** Sent as `Authorization: Bearer …` when the server requires one (SENSOR_GATEWAY_TOKEN). */
  token?: string;
  /** Share of residents already stopped a few hours ago when the run starts (default 1 %). */
  stoppedAtStartShare?: number;
  stop: AbortSignal;
}

interface Reading {
  sensorId: string;
  measuredAt: string;
  value: number;
}

/**
 * Plays the demo households' smart meters in real hours (the care watch judges clock hours): three weeks of
 * history at start, then each hour's readings as the hour ends, at the top of the next; now and then a resident
 * stops using water and power, which the watch turns into a care alert a few hours later.
 */
export async function playCareMeters(run: CareMetersRun): Promise<void> {
  const stoppedUntil = new Map<number, number>();
  const currentHour = () => Math.floor(Date.now() / HOUR_MS);
  const start = currentHour();
  const stoppedSince = new Map<number, number>();
  for (const h of run.households) {
    if (run.random.float() < (run.stoppedAtStartShare ?? STOPPED_AT_START)) stoppedSince.set(h.number, start - run.random.int(27, 29));
  }
  const isStopped = (number: number, hour: number) => {
    const since = stoppedSince.get(number);
    return (since !== undefined && hour >= since && hour < since + STOP_HOURS) || (stoppedUntil.get(number) ?? -1) > hour;
  };
  const readingsOf = (h: DemoCareHousehold, hour: number): Reading[] => {
    const measuredAt = new Date((hour + 1) * HOUR_MS).toISOString();
    const use = householdHour(h.number, (hour + SHANGHAI_OFFSET_HOURS) % 24, isStopped(h.number, hour), run.random);
    return [
      { sensorId: h.waterMeter.id, measuredAt, value: use.waterM3 },
      { sensorId: h.electricityMeter.id, measuredAt, value: use.electricityKwh },
    ];
  };
  const post = async (readings: Reading[]) => {
    for (let i = 0; i < readings.length && !run.stop.aborted; i += READINGS_PER_POST) {
      const outcome = await run.http.post("/api/sensors/readings", { readings: readings.slice(i, i + READINGS_PER_POST) }, run.token ? { authorization: `Bearer ${run.token}` } : {});
      if (outcome.kind !== "response" || !outcome.ok) console.error(`[care meters] readings not taken: ${outcome.kind === "response" ? outcome.status : outcome.reason}`);
    }
  };

  // A household's whole history in one request: the watch it sets off judges all of it, none is left behind.
  const perPost = Math.max(1, Math.floor(READINGS_PER_POST / (2 * HISTORY_HOURS)));
  for (let i = 0; i < run.households.length && !run.stop.aborted; i += perPost) {
    const history: Reading[] = [];
    for (const h of run.households.slice(i, i + perPost)) for (let hour = start - HISTORY_HOURS; hour < start; hour += 1) history.push(...readingsOf(h, hour));
    await post(history);
  }
  console.log(`[care meters] ${run.households.length} households, three weeks of readings posted; ${stoppedSince.size} residents stopped a few hours ago`);

  let posted = start;
  while (!run.stop.aborted) {
    await sleep(CHECK_EVERY_MS, undefined, { signal: run.stop, ref: false }).catch(() => undefined);
    if (run.stop.aborted) break;
    const now = currentHour();
    for (; posted < now; posted += 1) {
      for (const h of run.households) {
        if (!isStopped(h.number, posted) && run.random.float() < STOP_CHANCE_PER_HOUR) stoppedUntil.set(h.number, posted + STOP_HOURS);
      }
      await post(run.households.flatMap((h) => readingsOf(h, posted)));
    }
  }
}
