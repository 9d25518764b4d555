import { riskActionRequestSchema, riskCellActionsQuerySchema, riskCellParamsSchema } from "@/lib/contracts/risk-action";
import { suggestRiskActions } from "@/lib/pipeline/suggest-risk-actions";
import { takeRiskAction } from "@/lib/pipeline/take-risk-action";
import { appContext } from "../../../../_http/app-context";
import { errorResponse, validationError } from "../../../../_http/error-response";
import { parseParams } from "../../../../_http/parse-params";
import { readValidJsonBody } from "../../../../_http/read-valid-json-body";
import { requireActor } from "../../../../_http/require-actor";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ cell: string }> };

/** A risk point's latest risk and what to send there; households masked for viewers without need to know. */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const path = await parseParams(params, riskCellParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, ["operator", "leader", "dispatcher", "admin"]);
  if (!who.ok) return who.response;
  const query = riskCellActionsQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(query.error, "query");
  const app = await appContext();
  const outcome = await suggestRiskActions(app.pipeline, path.params.cell, query.data.horizon, who.actor);
  if (!outcome.ok) return errorResponse(outcome.status, outcome.code, outcome.message);
  return Response.json(outcome.view, { headers: { "cache-control": "no-store" } });
}

/** One click on a suggestion: a 防汛预置 case with the risk in its history and the resource moved; idempotent on `clientKey`. */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  const path = await parseParams(params, riskCellParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, ["dispatcher", "admin"]);
  if (!who.ok) return who.response;
  const parsed = await readValidJsonBody(request, 8 * 1024, riskActionRequestSchema);
  if (!parsed.ok) return parsed.response;
  const app = await appContext();
  const outcome = await takeRiskAction(app.pipeline, path.params.cell, parsed.data, who.actor);
  if (outcome.ok) return Response.json(outcome.result, { status: outcome.result.created ? 201 : 200 });
  return errorResponse(outcome.status, outcome.code, outcome.message, outcome.fields, outcome.caseId ? { caseId: outcome.caseId } : {});
}
