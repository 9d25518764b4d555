import { describe, expect, it } from "vitest";
import type { Absence } from "@/lib/domain/care/absence";
import {
  advanceCareModel,
  feedBackFalseAlarm,
  initialCareModelState,
  readCareModelState,
  type CareModelState,
  type MeterHour,
} from "@/lib/pipeline/care/care-model-adapter";

// Monday 2026-11-02 00:00 in Shanghai, as a UTC hour since 1970.
const START = Date.UTC(2026, 10, 1, 16) / 3_600_000;
const both = { water: true, electricity: true };

/** A regular life: up at 7, lunch at 12, evening 18–21; a fridge that never stops. */
function day(activeHours: readonly number[], stopFromHour = 24): MeterHour[] {
  return Array.from({ length: 24 }, (_, localHour) => {
    const active = activeHours.includes(localHour) && localHour < stopFromHour;
    return { waterLitres: active ? 25 : 0, electricityKwh: active ? 0.35 : 0.04 };
  });
}
const regular = [7, 8, 12, 18, 19, 20, 21];
const lateSleeper = [10, 11, 12, 18, 19, 20, 21];

/** `days` of `life`, fed in one go from Monday 00:00 local (hour −8 UTC). */
function learned(days: number, life: readonly number[] = regular): CareModelState {
  const hours = Array.from({ length: days }, () => day(life)).flat();
  return advanceCareModel(initialCareModelState(), START, hours, [], both).state;
}

function feedDay(state: CareModelState, dayIndex: number, hours: MeterHour[], absences: Absence[] = []) {
  // JSON in between, as the registry stores it.
  return advanceCareModel(readCareModelState(JSON.parse(JSON.stringify(state))), START + dayIndex * 24, hours, absences, both);
}

describe("care model adapter", () => {
  it("alerts once on a real stop, the morning after normal weeks, saying since when each meter is quiet", () => {
    const { events } = feedDay(learned(21), 21, day(regular, 7));
    const alerts = events.filter((e) => e.kind === "alert");
    expect(alerts).toHaveLength(1);
    const [alert] = alerts;
    if (alert?.kind !== "alert") throw new Error("no alert");
    const localHour = alert.hour - (START + 21 * 24);
    expect(localHour).toBeGreaterThanOrEqual(8);
    expect(localHour).toBeLessThanOrEqual(13);
    // Water last used the evening before, 21:00–22:00 local; electricity last switched at 22:00, lights off.
    expect(alert.evidence.lastWaterUseHour).toBe(START + 20 * 24 + 21);
    expect(alert.evidence.lastElectricityUseHour).toBe(START + 20 * 24 + 22);
    expect(alert.evidence.expectedActiveHours).toBeGreaterThan(1);
  });

  it("does not alert a late sleeper's quiet morning", () => {
    const morning = day(lateSleeper).slice(0, 10);
    const { events } = feedDay(learned(21, lateSleeper), 21, morning);
    expect(events).toEqual([]);
  });

  it("raises nothing during an announced absence", () => {
    const away: Absence[] = [{ fromHour: START + 21 * 24, untilHour: START + 23 * 24 }];
    const { events } = feedDay(learned(21), 21, day([], 0), away);
    expect(events).toEqual([]);
  });

  it("calls a meter that stops reporting a meter fault, not an alert", () => {
    const silent: MeterHour[] = Array.from({ length: 24 }, () => ({ waterLitres: null, electricityKwh: null }));
    const { events } = feedDay(learned(21), 21, silent);
    expect(events).toEqual([{ kind: "meter_fault", hour: START + 21 * 24 + 11, meters: ["water", "electricity"] }]);
  });

  it("names only the meter that went silent", () => {
    const waterOnly = day(regular).map((h) => ({ ...h, electricityKwh: null }));
    const { events } = feedDay(learned(21), 21, waterOnly);
    expect(events).toEqual([{ kind: "meter_fault", hour: START + 21 * 24 + 11, meters: ["electricity"] }]);
  });

  it("does not alert before two weeks of life were learned", () => {
    const { events } = feedDay(learned(7), 7, day(regular, 7));
    expect(events.filter((e) => e.kind === "alert")).toEqual([]);
  });

  it("judges each hour once: the same hours fed again raise nothing", () => {
    const first = feedDay(learned(21), 21, day(regular, 7));
    expect(first.events.length).toBeGreaterThan(0);
    expect(feedDay(first.state, 21, day(regular, 7)).events).toEqual([]);
  });

  it("after false alarms the same quiet alerts later, or not at all", () => {
    const state = learned(21);
    const before = feedDay(state, 21, day(regular, 7)).events.find((e) => e.kind === "alert");
    const stricter = feedBackFalseAlarm(feedBackFalseAlarm(state));
    expect(stricter.sensitivity).toBeCloseTo(0.01);
    expect(stricter.falseAlarms).toBe(2);
    const after = feedDay(stricter, 21, day(regular, 7)).events.find((e) => e.kind === "alert");
    expect(before).toBeDefined();
    if (after) expect(after.hour).toBeGreaterThan(before!.hour);
  });

  it("starts afresh from a state it cannot read", () => {
    expect(readCareModelState(null)).toEqual(initialCareModelState());
    expect(readCareModelState({ version: 0 })).toEqual(initialCareModelState());
  });

  it("carries a version 2 state over, its learned life kept, and alerts from it as before", () => {
    const current = learned(21);
    const { heldLoads: _heldLoads, ...watchWithout } = current.watch;
    const { electricityIdleKwh: _idle, ...baseline } = watchWithout.baseline;
    const { heldSinceHour: _since, heldHours: _hours, heldKwh: _kwh, ...state } = watchWithout.state;
    const stored = JSON.parse(JSON.stringify({ ...current, version: 2, watch: { ...watchWithout, baseline, state } })) as unknown;
    const read = readCareModelState(stored);
    expect(read.version).toBe(3);
    expect(read.nextHour).toBe(current.nextHour);
    expect(read.watch.spells).toEqual(current.watch.spells);
    expect(read.watch.baseline.electricityIdleKwh).toBeNull();
    const alerts = feedDay(read, 21, day(regular, 7)).events.filter((e) => e.kind === "alert");
    expect(alerts).toHaveLength(1);
  });
});
