import { caseActions } from "@/lib/contracts/case-action";
import { stages, type Stage } from "@/lib/contracts/stage";
import { rulesFor } from "./case-rules";

/** Stage-to-stage moves, derived from the action rules so the closed loop is written down once. */
const transitions: ReadonlyMap<Stage, ReadonlySet<Stage>> = (() => {
  const map = new Map<Stage, Set<Stage>>(stages.map((s) => [s, new Set<Stage>()]));
  for (const action of caseActions) {
    const rule = rulesFor(action);
    for (const from of rule.from) {
      if (rule.to !== null && rule.to !== from) map.get(from)!.add(rule.to);
      // An unsatisfied rating reopens instead of rating.
      if (action === "rate") map.get(from)!.add("reopened");
    }
  }
  return map;
})();

export function canTransition(from: Stage, to: Stage): boolean {
  return transitions.get(from)?.has(to) ?? false;
}

/** Stages from which auto-dispatch may assign a worker. */
export function isAwaitingDispatch(stage: Stage): boolean {
  return rulesFor("dispatch").from.includes(stage);
}
