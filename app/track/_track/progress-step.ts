import type { Stage } from "@/lib/contracts";

/** Where a case stands on the five steps a resident sees (受理, 派单, 处理, 评价, 办结); null off that path. */
export function progressStep(stage: Stage): number | null {
  switch (stage) {
    case "reported":
    case "accepted":
    case "reopened":
      return 0;
    case "dispatched":
      return 1;
    case "in_progress":
      return 2;
    case "resolved":
      return 3;
    case "rated":
    case "closed":
      return 4;
    default:
      return null;
  }
}
