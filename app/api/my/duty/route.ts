import { dutyChangeSchema } from "@/lib/contracts/worker-summary";
import { setWorkerDuty } from "@/lib/pipeline/set-worker-duty";
import { appContext } from "../../_http/app-context";
import { errorResponse } from "../../_http/error-response";
import { readValidJsonBody } from "../../_http/read-valid-json-body";
import { requireActor } from "../../_http/require-actor";

export const dynamic = "force-dynamic";

/** The signed-in grid worker goes on or off duty. */
export async function PUT(request: Request): Promise<Response> {
  const who = await requireActor(request, ["grid_worker"]);
  if (!who.ok) return who.response;
  const parsed = await readValidJsonBody(request, 1024, dutyChangeSchema);
  if (!parsed.ok) return parsed.response;
  const workerId = who.actor.workerId;
  const app = await appContext();
  const worker = workerId ? await setWorkerDuty(app.pipeline, workerId, parsed.data.onDuty) : null;
  if (!worker) return errorResponse(403, "forbidden", "this account has no worker to put on or off duty");
  return Response.json(worker, { headers: { "cache-control": "no-store" } });
}
