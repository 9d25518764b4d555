import { idParamsSchema } from "@/lib/contracts/path-params";
import { summonRequestSchema } from "@/lib/contracts/summons";
import { roles } from "@/lib/contracts/roles";
import { listSummonRows } from "@/lib/db/repositories/summons.repository";
import { loadCaseDetail } from "@/lib/pipeline/load-case-detail";
import { summonDepartments } from "@/lib/pipeline/summon-departments";
import { summonViewsSeenBy, toSummonViews } from "@/lib/pipeline/summon-views";
import { appContext } from "../../../_http/app-context";
import { errorResponse } from "../../../_http/error-response";
import { parseParams } from "../../../_http/parse-params";
import { readValidJsonBody } from "../../../_http/read-valid-json-body";
import { requireActor } from "../../../_http/require-actor";

export const dynamic = "force-dynamic";

/** The summons of a case and who has and has not reported in, for whoever may see the case or was summoned. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, roles);
  if (!who.ok) return who.response;
  const { id } = path.params;
  const app = await appContext();
  const rows = await listSummonRows(app.database.db, { caseId: id });
  const summoned = who.actor.role === "department_staff" && rows.some((r) => r.department === who.actor.department);
  if (!summoned) {
    const visible = await loadCaseDetail(app.pipeline, id, who.actor);
    if (!visible.ok) return errorResponse(visible.status, visible.status === 404 ? "not_found" : "forbidden", `case ${id}`);
  }
  return Response.json({ summons: summonViewsSeenBy(who.actor, toSummonViews(rows, new Date())) });
}

/** 吹哨: summon departments to the case. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, ["dispatcher", "admin"]);
  if (!who.ok) return who.response;
  const parsed = await readValidJsonBody(request, 8 * 1024, summonRequestSchema);
  if (!parsed.ok) return parsed.response;
  const app = await appContext();
  const outcome = await summonDepartments(app.pipeline, path.params.id, parsed.data, who.actor);
  if (!outcome.ok) return errorResponse(outcome.status, outcome.code, outcome.message);
  return Response.json({ summons: outcome.summons }, { status: 201 });
}
