/**
 * The seed's rule (社区微脑 sample script, `check_elderly_alert`): over a household's last three daily records, alert
 * when the last two are both under 10 % of the three-day average — for water and, when given, for electricity too
 * (the script demands both). A record is a day's total; a day with no reading at all has no record (the script's list
 * holds the days that were reported). Returns the hours (from the series start) at which the rule alerts: each
 * reported day's end.
 */
export function seedRuleAlertHours(waterLitres: readonly (number | null)[], electricityKwh?: readonly (number | null)[]): number[] {
  const records: { day: number; water: number; electricity: number }[] = [];
  for (let day = 0; day * 24 < waterLitres.length; day += 1) {
    const hours = waterLitres.slice(day * 24, day * 24 + 24);
    if (hours.every((litres) => litres === null)) continue;
    let water = 0;
    let electricity = 0;
    for (let hour = day * 24; hour < day * 24 + 24; hour += 1) {
      water += waterLitres[hour] ?? 0;
      electricity += electricityKwh?.[hour] ?? 0;
    }
    records.push({ day, water, electricity });
  }
  const below = (values: readonly number[]): boolean => {
    const average = (values[0]! + values[1]! + values[2]!) / 3;
    return values[1]! < average * 0.1 && values[2]! < average * 0.1;
  };
  const alerts: number[] = [];
  for (let index = 2; index < records.length; index += 1) {
    const recent = records.slice(index - 2, index + 1);
    if (below(recent.map((record) => record.water)) && (!electricityKwh || below(recent.map((record) => record.electricity)))) {
      alerts.push(records[index]!.day * 24 + 24);
    }
  }
  return alerts;
}
