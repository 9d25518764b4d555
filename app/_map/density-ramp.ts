import type { Rgb } from "./stage-colors";

const fewest: Rgb = [45, 18, 96];

/** Magma-like: dark violet for few cases to pale yellow for many, readable under the bright case dots. */
export const densityRamp: readonly Rgb[] = [fewest, [114, 31, 129], [183, 55, 121], [241, 96, 93], [254, 175, 119], [252, 236, 170]];

/** Colour for `count` among cells whose busiest has `maxCount`; log scale so one hot spot does not flatten the rest. */
export function densityColor(count: number, maxCount: number): Rgb {
  const t = maxCount <= 1 ? 0 : Math.log(Math.max(1, count)) / Math.log(maxCount);
  const position = Math.min(1, t) * (densityRamp.length - 1);
  const index = Math.floor(position);
  const from = densityRamp[index] ?? fewest;
  const to = densityRamp[index + 1] ?? from;
  const mix = (channel: 0 | 1 | 2) => Math.round(from[channel] + (to[channel] - from[channel]) * (position - index));
  return [mix(0), mix(1), mix(2)];
}

/** Overdue rate: dark for none overdue, through orange to red for all. */
export const overdueRamp: readonly Rgb[] = [[40, 30, 70], [150, 60, 90], [240, 110, 60], [239, 68, 68]];

/** Satisfaction: red for none satisfied, through amber to green for all. */
export const satisfactionRamp: readonly Rgb[] = [[220, 50, 60], [245, 176, 45], [200, 220, 90], [34, 197, 94]];

/** Colour of a share from 0 to 1 along a ramp, linearly. */
export function rateColor(rate: number, ramp: readonly Rgb[]): Rgb {
  const position = Math.min(1, Math.max(0, rate)) * (ramp.length - 1);
  const index = Math.floor(position);
  const from = ramp[index]!;
  const to = ramp[index + 1] ?? from;
  const mix = (channel: 0 | 1 | 2) => Math.round(from[channel] + (to[channel] - from[channel]) * (position - index));
  return [mix(0), mix(1), mix(2)];
}

/** Flood risk, a chance from 0 to 1: pale yellow for a slight chance, through orange and red to deep magenta for a near certainty. */
export const riskRamp: readonly Rgb[] = [[254, 240, 138], [251, 146, 60], [239, 68, 68], [190, 24, 93]];

export function riskColor(score: number): Rgb {
  return rateColor(score, riskRamp);
}
