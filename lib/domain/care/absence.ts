/** An announced absence ("away until …", a hospital stay): hours since 1970, from inclusive, until exclusive. */
export interface Absence {
  fromHour: number;
  untilHour: number;
}

export function isAnnouncedAbsent(absences: readonly Absence[], hour: number): boolean {
  return absences.some((absence) => hour >= absence.fromHour && hour < absence.untilHour);
}
