import { openStages, type CaseSummary } from "@/lib/contracts";
import { stageColors, type Rgb } from "./stage-colors";

/** The screen's red (`--red`): a case past an SLA deadline. */
export const overdueColor: Rgb = [239, 68, 68];

type ColourFacts = Pick<CaseSummary, "stage" | "overdue">;

/** Past a deadline and still being handled; once finished, a case that ran late needs nobody's eye. */
export function isOverdueOpen(summary: ColourFacts): boolean {
  return summary.overdue && openStages.includes(summary.stage);
}

/** The colour of a case wherever the screen shows it: red while overdue and open, else its stage's. */
export function caseColor(summary: ColourFacts): Rgb {
  return isOverdueOpen(summary) ? overdueColor : stageColors[summary.stage];
}
