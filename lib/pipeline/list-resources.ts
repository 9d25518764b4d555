import type { ResourceDetail, ResourceQuery, ResourceSummary } from "@/lib/contracts/resource";
import { findResource, listResourceHistory, listResources } from "@/lib/db/repositories/resources.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { canViewResource } from "@/lib/domain/resources/resource-rules";
import type { PipelineContext } from "./pipeline-context";

/** The resources a role sees, filtered: department staff only those their department runs. */
export function listResourcesFor(ctx: Pick<PipelineContext, "db">, query: ResourceQuery, viewer: Actor): Promise<ResourceSummary[]> {
  return listResources(ctx.db, { ...query, ...(viewer.role === "department_staff" && { department: viewer.department ?? "" }) });
}

export type ResourceDetailOutcome = { ok: true; detail: ResourceDetail } | { ok: false; status: 403 | 404 };

/** A resource with its whole history, for someone allowed to see it. */
export async function loadResourceDetail(ctx: Pick<PipelineContext, "db">, id: string, viewer: Actor): Promise<ResourceDetailOutcome> {
  const resource = await findResource(ctx.db, id);
  if (!resource) return { ok: false, status: 404 };
  if (!canViewResource(resource, viewer)) return { ok: false, status: 403 };
  return { ok: true, detail: { resource, history: await listResourceHistory(ctx.db, id) } };
}
