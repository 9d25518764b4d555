/** Hours without any reading after which the meter, not the resident, is the likely problem. */
export const METER_SILENT_AFTER_HOURS = 12;

/** Counts hours without a reading; the fault is raised once, on the hour the count reaches the limit. */
export function nextMeterSilence(
  hoursWithoutReading: number,
  reported: boolean,
  limit = METER_SILENT_AFTER_HOURS,
): { hoursWithoutReading: number; fault: boolean } {
  if (reported) return { hoursWithoutReading: 0, fault: false };
  const hours = hoursWithoutReading + 1;
  return { hoursWithoutReading: hours, fault: hours === limit };
}
