/** Bars in a viewBox `values.length` wide and 1 high, each one unit wide with a gap; null draws nothing. */
export interface TrendBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const gap = 0.2;

/** Heights relative to the largest value, so the busiest hour fills the chart; all zero or null gives none. */
export function trendBars(values: readonly (number | null)[]): TrendBar[] {
  const largest = Math.max(0, ...values.map((value) => value ?? 0));
  if (largest === 0) return [];
  return values.flatMap((value, i) => {
    if (value === null || value <= 0) return [];
    const height = value / largest;
    return [{ x: i + gap / 2, y: 1 - height, width: 1 - gap, height }];
  });
}

/** The points of a line through each value at the middle of its hour, in the same viewBox as the bars. */
export function trendLine(values: readonly number[]): string {
  const largest = Math.max(0, ...values);
  return values.map((value, i) => `${i + 0.5},${largest === 0 ? 1 : 1 - value / largest}`).join(" ");
}
