import type { ResourceState } from "@/lib/contracts";
import { cssRgb, type Rgb } from "@/app/_map/stage-colors";

/** One colour per state on every screen: idle calm, out on a job warm, a full shelter red, a closed one grey. */
export const resourceStateColors: Readonly<Record<ResourceState, Rgb>> = {
  available: [45, 212, 191],
  en_route: [251, 191, 36],
  on_scene: [249, 115, 22],
  returning: [96, 165, 250],
  open: [74, 222, 128],
  full: [248, 113, 113],
  closed: [100, 116, 139],
};

export function stateCssColor(state: ResourceState): string {
  return cssRgb(resourceStateColors[state]);
}
