import type { Stage } from "@/lib/contracts";

export type Rgb = readonly [number, number, number];

/** Waiting is amber, moving is cyan/blue, done is green, finished grey; reopened stands out in orange. */
export const stageColors: Record<Stage, Rgb> = {
  reported: [245, 176, 45],
  accepted: [252, 211, 77],
  dispatched: [34, 211, 238],
  in_progress: [59, 130, 246],
  resolved: [34, 197, 94],
  rated: [134, 239, 172],
  closed: [100, 116, 139],
  reopened: [249, 115, 22],
  rejected: [82, 92, 110],
  merged: [82, 92, 110],
  cancelled: [82, 92, 110],
};

/** Stages shown in the legend, in the order of the closed loop. */
export const legendStages: readonly Stage[] = ["reported", "accepted", "dispatched", "in_progress", "resolved", "closed", "reopened"];

export function cssRgb([r, g, b]: Rgb, alpha = 1): string {
  return `rgb(${r} ${g} ${b} / ${alpha})`;
}
