import type { GeoLocation } from "@/lib/contracts/geo";
import type { ResourceDispatchResult, ResourceNeed } from "@/lib/contracts/resource";
import { listResources } from "@/lib/db/repositories/resources.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { assignResources, chooseResource, type ResourceChoice, type ResourceRequirement } from "@/lib/domain/resources/choose-resource";
import { applyResourceAction } from "./apply-resource-action";
import type { PipelineContext } from "./pipeline-context";
import { resourceTarget } from "./resource-target";

type Located = { need: number; at: GeoLocation; requirement: ResourceRequirement };

/**
 * Sends, for each need (a case or a place, a kind, a capability), the nearest available resource
 * that has it: one need alone to the nearest, a burst jointly for the least total travel. Each is
 * then dispatched as a person would (versioned, with its reason in the history); a need no resource
 * is left for, or whose case cannot take one, is listed with why.
 */
export async function dispatchResources(
  ctx: Pick<PipelineContext, "db" | "publisher" | "clock" | "dispatchPolicy">,
  needs: readonly ResourceNeed[],
  actor: Actor,
): Promise<ResourceDispatchResult> {
  const result: ResourceDispatchResult = { assigned: [], unassigned: [], totalTravelMeters: 0 };
  const located: Located[] = [];
  for (const [index, need] of needs.entries()) {
    const lookup = await resourceTarget(ctx.db, need.caseId, need.place);
    if (!lookup.ok) result.unassigned.push({ need: index, code: lookup.code, message: lookup.message });
    else if (lookup.target) located.push({ need: index, at: lookup.target, requirement: { ...need, at: lookup.target } });
  }

  const candidates = await listResources(ctx.db, { kinds: [...new Set(needs.map((n) => n.kind))] });
  const { roadFactor } = ctx.dispatchPolicy;
  const requirements = located.map((l) => l.requirement);
  const choices: (ResourceChoice | null)[] =
    located.length === 1 ? [chooseResource(requirements[0]!, candidates, roadFactor)] : assignResources(requirements, candidates, roadFactor).choices;
  const versions = new Map(candidates.map((c) => [c.id, c.version]));

  for (const [i, { need }] of located.entries()) {
    const choice = choices[i];
    const { kind, caseId, place } = needs[need]!;
    if (!choice) {
      result.unassigned.push({ need, code: "no_resource", message: `no available ${kind} has what is needed` });
      continue;
    }
    const outcome = await applyResourceAction(
      ctx,
      choice.resourceId,
      { action: "dispatch", expectedVersion: versions.get(choice.resourceId)!, caseId, place, choice: choice.reason },
      actor,
    );
    if (outcome.ok) {
      result.assigned.push({ need, resource: outcome.resource, reason: choice.reason });
      result.totalTravelMeters += choice.reason.travelMeters;
    } else {
      result.unassigned.push({ need, code: outcome.code, message: outcome.message });
    }
  }
  result.unassigned.sort((a, b) => a.need - b.need);
  return result;
}
