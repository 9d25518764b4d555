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
