import { idParamsSchema } from "@/lib/contracts/path-params";
import { acknowledgeSummon } from "@/lib/pipeline/acknowledge-summon";
import { appContext } from "../../../_http/app-context";
import { errorResponse } from "../../../_http/error-response";
import { parseParams } from "../../../_http/parse-params";
import { requireActor } from "../../../_http/require-actor";

export const dynamic = "force-dynamic";

/** 报到: the signed-in department staff report in for their department. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, ["department_staff"]);
  if (!who.ok) return who.response;
  const app = await appContext();
  const outcome = await acknowledgeSummon(app.pipeline, path.params.id, who.actor);
  if (!outcome.ok) return errorResponse(outcome.status, outcome.code, outcome.message);
  return Response.json({ summons: outcome.summons });
}
