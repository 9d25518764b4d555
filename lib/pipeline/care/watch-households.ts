import { allAbsences, findHousehold, meterReadings, readingSpan, saveModelState } from "@/lib/db/repositories/care.repository";
import type { Absence } from "@/lib/domain/care/absence";
import type { PipelineContext } from "../pipeline-context";
import { advanceCareModel, readCareModelState, type MeterHour } from "./care-model-adapter";
import { raiseCareEvent, type CareAlertDeps } from "./raise-care-event";

const HOUR_MS = 3_600_000;
/** A household seen for the first time, or after a long outage, is caught up on at most this much history. */
const MAX_CATCH_UP_HOURS = 60 * 24;
/** Alerts older than this when they are found (a catch-up after an outage) are recorded by the model only: nobody is sent to a day-old silence. */
const RAISE_WITHIN_HOURS = 24;
/** How long after an hour ends its readings may still come before the hour is judged without them. */
const LATE_READING_GRACE_HOURS = 1;
/** Water meters report m³; the model counts litres. */
const LITRES_PER_M3 = 1000;

export interface WatchResult {
  householdId: string;
  hoursJudged: number;
  raised: number;
}

/**
 * One household's complete hours since it was last judged, fed to the care model; what the model raises becomes an
 * urgent care case or a meter-fault case. A meter reading covers the interval that ends at `measuredAt`, so it counts
 * in the hour that interval ends in (a reading at 10:00:00 is 09:00–10:00's use). An hour is judged once the clock
 * has left it and a reading of it (or a later one) has come, or else an hour later: a gateway's late report still
 * counts, and a meter that sends nothing leaves its hours empty, which the model reads as silence.
 */
export async function watchHousehold(ctx: PipelineContext, deps: CareAlertDeps, householdId: string): Promise<WatchResult> {
  const now = ctx.clock();
  const record = await findHousehold(ctx.db, householdId, now);
  if (!record) return { householdId, hoursJudged: 0, raised: 0 };
  const { row } = record;
  const meters = [row.water_meter_id, row.electricity_meter_id].filter((id): id is string => id !== null);
  const span = await readingSpan(ctx.db, meters);
  if (!span) return { householdId, hoursJudged: 0, raised: 0 };
  const clockHour = Math.floor(now.getTime() / HOUR_MS);
  const endHour = Math.min(clockHour, Math.max(hourOfReading(span.last) + 1, clockHour - LATE_READING_GRACE_HOURS));
  const state = readCareModelState(row.model_state);
  const first = state.nextHour ?? hourOfReading(span.first);
  const fromHour = Math.max(first, endHour - MAX_CATCH_UP_HOURS);
  if (fromHour >= endHour) return { householdId, hoursJudged: 0, raised: 0 };

  const hours: MeterHour[] = Array.from({ length: endHour - fromHour }, () => ({ waterLitres: null, electricityKwh: null }));
  const readings = await meterReadings(ctx.db, meters, new Date(fromHour * HOUR_MS), new Date(endHour * HOUR_MS));
  for (const reading of readings) {
    const slot = hours[hourOfReading(new Date(reading.measured_at)) - fromHour];
    if (!slot) continue;
    if (reading.sensor_id === row.water_meter_id) slot.waterLitres = (slot.waterLitres ?? 0) + reading.value * LITRES_PER_M3;
    else slot.electricityKwh = (slot.electricityKwh ?? 0) + reading.value;
  }
  const absences: Absence[] = (await allAbsences(ctx.db, householdId)).map((a) => ({
    fromHour: Math.floor(a.starts_at.getTime() / HOUR_MS),
    untilHour: Math.ceil(a.ends_at.getTime() / HOUR_MS),
  }));
  const advanced = advanceCareModel(state, fromHour, hours, absences, { water: row.water_meter_id !== null, electricity: row.electricity_meter_id !== null });
  const recent = advanced.events.filter((e) => e.hour >= endHour - RAISE_WITHIN_HOURS);
  // Raised before the state is saved: a run that fails part-way is retried from the same hours and raises the
  // same events again, each of which is stored and opened once.
  for (const event of recent) await raiseCareEvent(ctx, deps, record, event);
  await saveModelState(ctx.db, householdId, advanced.state);
  return { householdId, hoursJudged: endHour - fromHour, raised: recent.length };
}

function hourOfReading(at: Date): number {
  return Math.floor((at.getTime() - 1) / HOUR_MS);
}

/** Several households, one after the other (each is a handful of queries). */
export async function watchHouseholds(ctx: PipelineContext, deps: CareAlertDeps, householdIds: readonly string[]): Promise<WatchResult[]> {
  const results: WatchResult[] = [];
  for (const id of new Set(householdIds)) results.push(await watchHousehold(ctx, deps, id));
  return results;
}
