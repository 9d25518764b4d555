import { dutyChangeSchema } from "@/lib/contracts/worker-summary";
import { setWorkerDuty } from "@/lib/pipeline/set-worker-duty";
import { appContext } from "../../_http/app-context";
import { errorResponse, validationError } from "../../_http/error-response";
import { readJsonBody } from "../../_http/read-json-body";
import { requireActor } from "../../_http/require-actor";

export const dynamic = "force-dynamic";

/** The signed-in grid worker goes on or off duty. */
export async function PUT(request: Request): Promise<Response> {
  const who = await requireActor(request, ["grid_worker"]);
  if (!who.ok) return who.response;
  const body = await readJsonBody(request, 1024);
  if (!body.ok) return body.response;
  const parsed = dutyChangeSchema.safeParse(body.value);
  if (!parsed.success) return validationError(parsed.error);
  const workerId = who.actor.workerId;
  const app = await appContext();
  const worker = workerId ? await setWorkerDuty(app.pipeline, workerId, parsed.data.onDuty) : null;
  if (!worker) return errorResponse(403, "forbidden", "this account has no worker to put on or off duty");
  return Response.json(worker, { headers: { "cache-control": "no-store" } });
}
