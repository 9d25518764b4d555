/**
 * The seed's rule (社区微脑 sample script): at the end of each day, over the last three days' totals, alert when the
 * last two days are both under 10 % of the three-day average — for water and, when given, for electricity too
 * (the script demands both). Returns the hours (from the series start) at which the rule alerts: each day's end.
 */
export function seedRuleAlertHours(waterLitres: readonly (number | null)[], electricityKwh?: readonly (number | null)[]): number[] {
  const days = Math.floor(waterLitres.length / 24);
  const total = (values: readonly (number | null)[], day: number): number => {
    let sum = 0;
    for (let hour = day * 24; hour < day * 24 + 24; hour += 1) sum += values[hour] ?? 0;
    return sum;
  };
  const below = (values: readonly (number | null)[], day: number): boolean => {
    const recent = [total(values, day - 2), total(values, day - 1), total(values, day)];
    const average = (recent[0]! + recent[1]! + recent[2]!) / 3;
    return recent[1]! < average * 0.1 && recent[2]! < average * 0.1;
  };
  const alerts: number[] = [];
  for (let day = 2; day < days; day += 1) {
    if (below(waterLitres, day) && (!electricityKwh || below(electricityKwh, day))) alerts.push(day * 24 + 24);
  }
  return alerts;
}
