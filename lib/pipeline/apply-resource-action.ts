import type { ResourceActionRequest, ResourceChoiceReason, ResourceState, ResourceSummary } from "@/lib/contracts/resource";
import { applyResourceChange, findResource } from "@/lib/db/repositories/resources.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { canViewResource, decideResource } from "@/lib/domain/resources/resource-rules";
import type { PipelineContext } from "./pipeline-context";
import { resourceTarget } from "./resource-target";

export type ResourceActionInput = ResourceActionRequest & {
  /** Why selection chose this resource, kept in its history. */
  choice?: ResourceChoiceReason;
};

export type ResourceActionOutcome =
  | { ok: true; resource: ResourceSummary }
  | { ok: false; status: 403 | 404 | 409 | 422; code: string; message: string; current?: { version: number; state: ResourceState } };

function conflict(expectedVersion: number, current: { version: number; state: ResourceState }): ResourceActionOutcome {
  return { ok: false, status: 409, code: "version_conflict", message: `the resource changed since version ${expectedVersion}: reload it and try again`, current };
}

/**
 * One move of a resource by one actor, as for cases: checked by the rules, applied only on the
 * version the actor saw, recorded in the resource's history, pushed to screens as a `resource` delta.
 */
export async function applyResourceAction(
  ctx: Pick<PipelineContext, "db" | "publisher" | "clock">,
  resourceId: string,
  input: ResourceActionInput,
  actor: Actor,
): Promise<ResourceActionOutcome> {
  const resource = await findResource(ctx.db, resourceId);
  if (!resource) return { ok: false, status: 404, code: "not_found", message: `no resource ${resourceId}` };
  if (!canViewResource(resource, actor)) return { ok: false, status: 403, code: "forbidden", message: `a ${actor.role} may not ${input.action} this resource` };
  if (resource.version !== input.expectedVersion) return conflict(input.expectedVersion, { version: resource.version, state: resource.state });

  const lookup = input.action === "dispatch" ? await resourceTarget(ctx.db, input.caseId, input.place) : { ok: true as const, target: undefined };
  if (!lookup.ok) return { ok: false, status: 422, code: lookup.code, message: lookup.message };
  const position = input.action === "move" && input.place ? { lat: input.place.lat, lng: input.place.lng } : undefined;
  const decision = decideResource({ ...input, target: lookup.target, position }, resource, actor);
  if (!decision.ok) return { ok: false, status: decision.code === "forbidden" ? 403 : 422, code: decision.code, message: decision.message };

  const { patch } = decision;
  const changed = await applyResourceChange(ctx.db, {
    id: resourceId,
    expectedVersion: input.expectedVersion,
    patch,
    at: ctx.clock(),
    history: {
      actor: `${actor.role}:${actor.id}`,
      action: input.action,
      fromState: resource.state,
      detail: {
        ...(patch.target && { target: patch.target }),
        ...(patch.position && { from: { lat: resource.lat, lng: resource.lng }, to: patch.position }),
        ...(patch.occupancy !== undefined && { occupancy: { from: resource.occupancy, to: patch.occupancy } }),
        ...(patch.stock !== undefined && { stock: { from: resource.stock, to: patch.stock }, amount: input.amount }),
        ...(input.note && { note: input.note }),
        ...(input.choice && { reason: input.choice }),
      },
    },
  });
  if (!changed) {
    const now = (await findResource(ctx.db, resourceId)) ?? resource;
    return conflict(input.expectedVersion, { version: now.version, state: now.state });
  }
  await ctx.publisher.publish([{ kind: "resource", resource: changed }]);
  return { ok: true, resource: changed };
}
