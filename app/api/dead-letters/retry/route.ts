import { deadLetterRetryRequestSchema } from "@/lib/contracts/dead-letters";
import { retryDeadLetters } from "@/lib/pipeline/retry-dead-letters";
import { appContext } from "../../_http/app-context";
import { errorResponse, validationError } from "../../_http/error-response";
import { readCappedBody } from "../../_http/read-capped-body";
import { requireActor } from "../../_http/require-actor";

export const dynamic = "force-dynamic";

/** Queues every dead-lettered job again, or those of `{queue}`, once the cause of their failure is fixed. */
export async function POST(request: Request): Promise<Response> {
  const who = await requireActor(request, ["admin"]);
  if (!who.ok) return who.response;
  const body = await readCappedBody(request, 1024);
  if (!body.ok) return errorResponse(413, "body_too_large", "the body must be at most 1024 bytes");
  let value: unknown = {};
  // No body at all means every queue.
  if (body.bytes.byteLength > 0) {
    try {
      value = JSON.parse(Buffer.from(body.bytes).toString("utf8"));
    } catch (error) {
      return errorResponse(400, "invalid_json", `the body is not JSON: ${(error as Error).message}`);
    }
  }
  const parsed = deadLetterRetryRequestSchema.safeParse(value);
  if (!parsed.success) return validationError(parsed.error);
  const app = await appContext();
  return Response.json(await retryDeadLetters(app.queues, parsed.data), { headers: { "cache-control": "no-store" } });
}
