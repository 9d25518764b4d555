import type { ResourceSuggestionQuery, ResourceSuggestions } from "@/lib/contracts/resource";
import { listResources } from "@/lib/db/repositories/resources.repository";
import { rankResources } from "@/lib/domain/resources/choose-resource";
import type { PipelineContext } from "./pipeline-context";
import { resourceTarget, type TargetLookup } from "./resource-target";

/** How many suggestions a dispatcher is shown: enough to pick another when the nearest is wrong for the job. */
const SHOWN = 5;

export type ResourceSuggestionsOutcome = { ok: true; suggestions: ResourceSuggestions } | Extract<TargetLookup, { ok: false }>;

/** The nearest available resources of a kind with the capability for an open, placed case, ranked as dispatch ranks them; nothing is sent. */
export async function suggestResources(
  ctx: Pick<PipelineContext, "db" | "dispatchPolicy">,
  caseId: string,
  query: ResourceSuggestionQuery,
): Promise<ResourceSuggestionsOutcome> {
  const lookup = await resourceTarget(ctx.db, caseId, undefined);
  if (!lookup.ok) return lookup;
  const target = lookup.target!;
  const candidates = await listResources(ctx.db, { kind: query.kind });
  const { roadFactor } = ctx.dispatchPolicy;
  const ranked = rankResources({ ...query, at: target }, candidates, roadFactor, SHOWN);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return {
    ok: true,
    suggestions: {
      target,
      suggestions: ranked.nearest.map(({ id, travelMeters }) => ({ resource: byId.get(id)!, travelMeters })),
      considered: ranked.considered,
      eligible: ranked.eligible,
      excluded: ranked.excluded,
      roadFactor,
    },
  };
}
