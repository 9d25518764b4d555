import type { Kysely } from "kysely";
import type { TyphoonTimeline, TyphoonTimelineQuery } from "@/lib/contracts/typhoon-timeline";
import { forecastBefore, forecastsIssuedBetween } from "@/lib/db/repositories/forecasts.repository";
import { casesCreatedPerStep, listScreenSensors, meanReadingsPerStep } from "@/lib/db/repositories/screen-sensors.repository";
import type { Database } from "@/lib/db/schema";
import { timelineFrames } from "@/lib/domain/typhoon/timeline-frames";

const MAX_FORECASTS = 200;

/** A stored window of a night (forecasts, gauges step by step, cases opened), for the screen's timeline. */
export async function loadTyphoonTimeline(db: Kysely<Database>, query: TyphoonTimelineQuery): Promise<TyphoonTimeline> {
  const from = new Date(query.from);
  const to = new Date(query.to);
  const stepMs = query.stepMinutes * 60_000;
  const steps = Math.ceil((to.getTime() - from.getTime()) / stepMs);
  const sensors = (await listScreenSensors(db)).map(({ value: _value, measuredAt: _measuredAt, ...sensor }) => sensor);
  const ids = sensors.map((sensor) => sensor.id);
  const [means, cases, before, within] = await Promise.all([
    meanReadingsPerStep(db, ids, from, to, stepMs),
    casesCreatedPerStep(db, from, to, stepMs),
    forecastBefore(db, from),
    forecastsIssuedBetween(db, from, to, MAX_FORECASTS),
  ]);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    stepMinutes: query.stepMinutes,
    sensors,
    forecasts: before ? [before, ...within] : within,
    frames: timelineFrames(ids, means, cases, from, stepMs, steps),
  };
}
