import { deadLetterParamsSchema } from "@/lib/contracts/path-params";
import { retryDeadLetters } from "@/lib/pipeline/retry-dead-letters";
import { appContext } from "../../../../_http/app-context";
import { errorResponse } from "../../../../_http/error-response";
import { parseParams } from "../../../../_http/parse-params";
import { requireActor } from "../../../../_http/require-actor";

export const dynamic = "force-dynamic";

/** Queues one dead-lettered job again, under its own id in its own queue. */
export async function POST(request: Request, { params }: { params: Promise<{ queue: string; jobId: string }> }): Promise<Response> {
  const path = await parseParams(params, deadLetterParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, ["admin"]);
  if (!who.ok) return who.response;
  const { queue, jobId } = path.params;
  const app = await appContext();
  const result = await retryDeadLetters(app.queues, { queue, jobId });
  if (result.retried.length === 0 && result.skipped.length === 0) {
    return errorResponse(404, "not_found", `no dead letter of job ${jobId} in queue ${queue}`);
  }
  return Response.json(result, { headers: { "cache-control": "no-store" } });
}
