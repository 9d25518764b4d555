import { isAnnouncedAbsent, type Absence } from "@/lib/domain/care/absence";
import { createCareWatch, recordFalseAlarm, watchCareHour, type CareWatch } from "@/lib/domain/care/care-watch";
import { DEFAULT_CARE_ALERT_OPTIONS } from "@/lib/domain/care/decide-care-hour";
import { isActive } from "@/lib/domain/care/household-baseline";
import { withHeldLoads, type CareWatchWithoutHeldLoads } from "@/lib/domain/care/upgrade-care-watch";
import { METER_SILENT_AFTER_HOURS, nextMeterSilence } from "@/lib/domain/care/meter-silence";
import type { AlertSeen } from "@/lib/domain/care-registry/describe-care-alert";

/*
 * The one place the registry meets the care model (lib/domain/care): it keeps a household's model as JSON in the
 * registry's row, feeds it the household's hours and turns its outcomes into alerts and meter faults with what was
 * seen. When the model's internals change, this file is what changes with them.
 */

/** Hours the model is fed are Shanghai's wall-clock hours (UTC+8), so its hour of the week is the resident's. */
const LOCAL_OFFSET_HOURS = 8;
/** Each false alarm makes this household's alert ten times harder to raise, down to 10⁻⁴ of the default. */
const FALSE_ALARM_FACTOR = 0.1;
const MIN_SENSITIVITY = 1e-4;

/** Version 3 added held loads to the watch; a version 2 state is carried over by `withHeldLoads`. */
export interface CareModelState {
  version: 3;
  /** The next UTC hour (hours since 1970) to judge; null before the first reading. */
  nextHour: number | null;
  /** The model's own state (baseline, quiet spells, the spell under way), plain JSON. */
  watch: CareWatch;
  lastWaterUseHour: number | null;
  lastElectricityUseHour: number | null;
  waterSilentHours: number;
  electricitySilentHours: number;
  /** Multiplies the model's alert threshold; false alarms lower it. */
  sensitivity: number;
  falseAlarms: number;
}

/** One UTC hour of a household's meters: litres of water and kWh, null where the meter sent nothing. */
export interface MeterHour {
  waterLitres: number | null;
  electricityKwh: number | null;
}

export interface HouseholdMeters {
  water: boolean;
  electricity: boolean;
}

export type CareModelEvent =
  | { kind: "alert"; hour: number; evidence: AlertSeen }
  | { kind: "meter_fault"; hour: number; meters: ("water" | "electricity")[] };

export function initialCareModelState(): CareModelState {
  return {
    version: 3,
    nextHour: null,
    watch: createCareWatch(),
    lastWaterUseHour: null,
    lastElectricityUseHour: null,
    waterSilentHours: 0,
    electricitySilentHours: 0,
    sensitivity: 1,
    falseAlarms: 0,
  };
}

type CareModelStateV2 = Omit<CareModelState, "version" | "watch"> & { version: 2; watch: CareWatchWithoutHeldLoads };

/**
 * A stored state; a version 2 state carried over (its learned life kept, held loads learned from now on); a fresh one
 * when there is none or it is of a shape this adapter no longer reads (the household's stored readings are then
 * learned again, up to the catch-up limit).
 */
export function readCareModelState(stored: unknown): CareModelState {
  const version = stored && typeof stored === "object" ? (stored as { version?: unknown }).version : undefined;
  if (version === 3) return stored as CareModelState;
  if (version === 2) {
    const old = stored as CareModelStateV2;
    return { ...old, version: 3, watch: withHeldLoads(old.watch) };
  }
  return initialCareModelState();
}

/**
 * Judges hours `fromHour …` (UTC, consecutive) one by one as lib/domain/care's watch does: each against what was
 * learned before it, then learned unless the household was announced absent. Hours before `state.nextHour` are
 * skipped, so feeding the same hours twice raises nothing twice.
 */
export function advanceCareModel(
  state: CareModelState,
  fromHour: number,
  hours: readonly MeterHour[],
  absences: readonly Absence[],
  meters: HouseholdMeters,
): { state: CareModelState; events: CareModelEvent[] } {
  const next: CareModelState = structuredClone(state);
  const options = {
    ...DEFAULT_CARE_ALERT_OPTIONS,
    alertBelow: DEFAULT_CARE_ALERT_OPTIONS.alertBelow * next.sensitivity,
    heldLoadAlertBelow: DEFAULT_CARE_ALERT_OPTIONS.heldLoadAlertBelow * next.sensitivity,
  };
  const events: CareModelEvent[] = [];
  hours.forEach((reading, index) => {
    const hour = fromHour + index;
    if (next.nextHour !== null && hour < next.nextHour) return;
    const waterReported = reading.waterLitres !== null;
    const electricityReported = reading.electricityKwh !== null;
    if (next.nextHour === null && !waterReported && !electricityReported) return;
    next.nextHour = hour + 1;

    // Asked before the watch learns the hour: electricity counts as used when it changed since the hour before.
    const baseline = next.watch.baseline;
    if (waterReported && isActive(baseline, { waterLitres: reading.waterLitres, electricityKwh: null })) next.lastWaterUseHour = hour;
    if (electricityReported && isActive(baseline, { waterLitres: null, electricityKwh: reading.electricityKwh })) next.lastElectricityUseHour = hour;

    const absent = isAnnouncedAbsent(absences, hour);
    const watched = watchCareHour(next.watch, { hour: hour + LOCAL_OFFSET_HOURS, ...reading, absent }, options);
    if (watched.outcome === "alert" && watched.quietSinceHour !== null) {
      events.push({
        kind: "alert",
        hour,
        evidence: {
          quietSinceHour: watched.quietSinceHour - LOCAL_OFFSET_HOURS,
          expectedActiveHours: watched.expectedActiveHours,
          lastWaterUseHour: next.lastWaterUseHour,
          lastElectricityUseHour: next.lastElectricityUseHour,
          hasWaterMeter: meters.water,
          hasElectricityMeter: meters.electricity,
          heldLoad:
            watched.heldLoadSinceHour === null || watched.heldLoadKwh === null
              ? null
              : { sinceHour: watched.heldLoadSinceHour - LOCAL_OFFSET_HOURS, kwh: watched.heldLoadKwh },
        },
      });
    }

    // Each meter's silence is told apart, so the fault names the meter to fix.
    const faults: ("water" | "electricity")[] = [];
    const water = nextMeterSilence(next.waterSilentHours, waterReported, METER_SILENT_AFTER_HOURS);
    const electricity = nextMeterSilence(next.electricitySilentHours, electricityReported, METER_SILENT_AFTER_HOURS);
    next.waterSilentHours = water.hoursWithoutReading;
    next.electricitySilentHours = electricity.hoursWithoutReading;
    if (meters.water && water.fault) faults.push("water");
    if (meters.electricity && electricity.fault) faults.push("electricity");
    if (faults.length > 0) events.push({ kind: "meter_fault", hour, meters: faults });
  });
  return { state: next, events };
}

/**
 * The worker found the resident well: the spell under way is learned as normal for this household (the model's own
 * feedback) and its alerts need ten times stronger evidence from now on.
 */
export function feedBackFalseAlarm(state: CareModelState): CareModelState {
  const next = structuredClone(state);
  recordFalseAlarm(next.watch);
  return {
    ...next,
    sensitivity: Math.max(MIN_SENSITIVITY, state.sensitivity * FALSE_ALARM_FACTOR),
    falseAlarms: state.falseAlarms + 1,
  };
}
