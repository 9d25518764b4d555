import type { FieldProblem } from "@/lib/contracts/http-error";
import type { ResourceSummary } from "@/lib/contracts/resource";
import { riskHorizonHours } from "@/lib/contracts/risk";
import type { RiskActionRequest, RiskActionResult } from "@/lib/contracts/risk-action";
import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { insertHistory } from "@/lib/db/repositories/intake.repository";
import { findResource } from "@/lib/db/repositories/resources.repository";
import { claimRiskAction, findRiskAction, settleRiskAction, type RiskActionRow } from "@/lib/db/repositories/risk-actions.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { eventIdForKey } from "@/lib/domain/ids";
import { resourceExclusionOf } from "@/lib/domain/resources/choose-resource";
import { FLOOD_PREVENTION_CATEGORY, riskActionDescription, riskActionHistoryDetail, type RiskActionFacts } from "@/lib/domain/risk/risk-action-case";
import { evacuationList, riskActionNeed, sandbagsFor } from "@/lib/domain/risk/risk-actions";
import { applyResourceAction } from "./apply-resource-action";
import type { PipelineContext } from "./pipeline-context";
import { recordEvents } from "./record-events";
import { loadRiskPoint, type LoadedRiskPoint } from "./risk-point";

type RiskActionRefusal = { ok: false; status: 404 | 409 | 422; code: string; message: string; fields?: FieldProblem[]; caseId?: string };
export type RiskActionOutcome = { ok: true; result: RiskActionResult } | RiskActionRefusal;

/** A click whose request opened no case in this long died on the way; its retry carries it out. */
const ABANDONED_AFTER_MS = 60_000;

const refused = (status: 409 | 422, code: string, message: string, field?: string): RiskActionRefusal => ({
  ok: false,
  status,
  code,
  message,
  ...(field && { fields: [{ path: field, message }] }),
});

/**
 * One click on a risk point's suggestion becomes the normal loop: a 防汛预置 case at the cell, with the risk that
 * motivated it in its history, and the resource moved through its own actions (a pump sent to the case, bags
 * taken from the depot, a closed shelter opened). The client key is claimed before anything is sent, so a repeat
 * sends nothing again and answers with the first request's case; a resource no longer able to serve is a 409.
 */
export async function takeRiskAction(ctx: PipelineContext, cell: string, request: RiskActionRequest, actor: Actor): Promise<RiskActionOutcome> {
  const lookup = await loadRiskPoint(ctx, { cell, horizon: request.horizon, computedAt: new Date(request.computedAt) }, actor);
  if (!lookup.ok) return lookup;
  const { point } = lookup;
  const abandonedBefore = new Date(ctx.clock().getTime() - ABANDONED_AFTER_MS);
  const earlier = await findRiskAction(ctx.db, request.clientKey);
  if (earlier && !abandoned(earlier, abandonedBefore)) return replay(ctx, earlier, cell, request);
  if (earlier && !sameAction(earlier, cell, request)) return keyReused();

  const resource = request.resourceId ? await findResource(ctx.db, request.resourceId) : null;
  if (resource === undefined) return refused(422, "unknown_resource", `no resource ${request.resourceId}`, "resourceId");
  const unusable = usability(request, resource, point);
  if (unusable) return unusable;

  const actorName = `${actor.role}:${actor.id}`;
  const claim = await claimRiskAction(
    ctx.db,
    {
      clientKey: request.clientKey,
      cell,
      horizonHours: riskHorizonHours(request.horizon),
      computedAt: point.computedAt,
      kind: request.kind,
      resourceId: request.resourceId ?? null,
      actor: actorName,
      at: ctx.clock(),
    },
    abandonedBefore,
  );
  if (!claim.claimed) return replay(ctx, claim.row, cell, request);

  const facts = factsOf(request, point, resource);
  const caseOpened = await openCase(ctx, request.clientKey, point, facts);
  // The motive and the claim's case together: a replay finds the case only once its history says why.
  await ctx.db.transaction().execute(async (tx) => {
    await insertHistory(tx, caseOpened.id, [
      { at: ctx.clock(), actor: actorName, action: "risk_action", fromStage: null, toStage: null, detail: riskActionHistoryDetail(facts, resource?.id ?? null) },
    ]);
    await settleRiskAction(tx, request.clientKey, { caseId: caseOpened.id });
  });

  const moved = resource ? await moveResource(ctx, resource, caseOpened, facts, actor) : { ok: true as const, resource: null };
  if (!moved.ok) {
    await settleRiskAction(ctx.db, request.clientKey, { refusal: "resource_unavailable" });
    return { ...refused(409, "resource_unavailable", moved.message), caseId: caseOpened.id };
  }
  return { ok: true, result: { caseId: caseOpened.id, caseCode: caseOpened.code, created: true, resource: moved.resource } };
}

/** Why the chosen resource cannot serve the point now, or null when it can. */
function usability(request: RiskActionRequest, resource: ResourceSummary | null, point: LoadedRiskPoint): RiskActionRefusal | null {
  if (request.kind === "evacuate" || !resource) return null;
  if (resource.kind !== request.kind) return refused(422, "wrong_kind", `${resource.code} is a ${resource.kind}, not a ${request.kind}`, "resourceId");
  const exclusion = resourceExclusionOf(resource, riskActionNeed(request.kind, point));
  if (!exclusion) return null;
  return refused(409, "resource_unavailable", `${resource.code} can no longer serve the point (${exclusion}, ${resource.state}): pick another`);
}

function factsOf(request: RiskActionRequest, point: LoadedRiskPoint, resource: ResourceSummary | null): RiskActionFacts {
  const people = evacuationList(point.households, point.now).people;
  const amount = request.kind === "sandbags" ? sandbagsFor(point.households.length) : request.kind === "pump" ? null : people;
  return {
    kind: request.kind,
    cell: point.cell,
    horizon: point.horizon,
    computedAt: point.computedAt,
    resourceCode: resource?.code ?? null,
    amount,
    households: point.households.length,
  };
}

/** The case, opened through intake under the click's key: a retried request finds the same one. */
async function openCase(ctx: PipelineContext, clientKey: string, point: LoadedRiskPoint, facts: RiskActionFacts): Promise<{ id: string; code: string }> {
  const key = `risk-action:${clientKey}`;
  const [recorded] = await recordEvents(
    [
      {
        eventId: eventIdForKey(key),
        idempotencyKey: key,
        receivedAt: ctx.clock().toISOString(),
        report: { id: key, channel: "risk", category: FLOOD_PREVENTION_CATEGORY, description: riskActionDescription(facts), location: point.at },
      },
    ],
    ctx,
  );
  if (!recorded) throw new Error(`risk action ${clientKey} opened no case`);
  return { id: recorded.caseId, code: recorded.summary.code };
}

/** The resource's own action, on the version just read: a pump sent to the case, bags taken, a closed shelter opened. */
async function moveResource(
  ctx: PipelineContext,
  resource: ResourceSummary,
  opened: { id: string; code: string },
  facts: RiskActionFacts,
  actor: Actor,
): Promise<{ ok: true; resource: ResourceSummary } | { ok: false; message: string }> {
  const note = `防汛预置 ${opened.code}`;
  const base = { expectedVersion: resource.version, note };
  const input =
    facts.kind === "pump"
      ? { ...base, action: "dispatch" as const, caseId: opened.id }
      : facts.kind === "sandbags"
        ? { ...base, action: "take" as const, amount: facts.amount ?? 0 }
        : resource.state === "closed"
          ? { ...base, action: "open" as const }
          : null;
  if (!input) return { ok: true, resource };
  const outcome = await applyResourceAction(ctx, resource.id, input, actor);
  return outcome.ok ? outcome : { ok: false, message: `${resource.code}: ${outcome.message}` };
}

function sameAction(row: RiskActionRow, cell: string, request: RiskActionRequest): boolean {
  return row.cell === cell && row.kind === request.kind && row.resource_id === (request.resourceId ?? null);
}

const keyReused = () => refused(422, "client_key_reused", "this clientKey was used for another action", "clientKey");

/** Claimed, with nothing come of it (no case, no refusal), before `before`. */
function abandoned(row: RiskActionRow, before: Date): boolean {
  return row.case_id === null && row.refusal === null && new Date(row.created_at) < before;
}

/** A repeated key answers as the first request did; the same key for another action is the client's mistake. */
async function replay(ctx: PipelineContext, row: RiskActionRow, cell: string, request: RiskActionRequest): Promise<RiskActionOutcome> {
  if (!sameAction(row, cell, request)) return keyReused();
  if (row.refusal) return { ...refused(409, "resource_unavailable", `this click was refused (${row.refusal})`), ...(row.case_id && { caseId: row.case_id }) };
  const summary = row.case_id ? await findCaseSummary(ctx.db, row.case_id) : undefined;
  if (!summary) return refused(409, "in_progress", "this click is still being carried out");
  const resource = row.resource_id ? ((await findResource(ctx.db, row.resource_id)) ?? null) : null;
  return { ok: true, result: { caseId: summary.id, caseCode: summary.code, created: false, resource } };
}
