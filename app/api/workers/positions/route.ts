import { workerPositionBatchSchema } from "@/lib/contracts/worker-summary";
import { gatewayTokenAccepted } from "@/lib/domain/identity/gateway-token";
import { appContext } from "../../_http/app-context";
import { errorResponse, validationError } from "../../_http/error-response";
import { readJsonBody } from "../../_http/read-json-body";

export const dynamic = "force-dynamic";

/** Phone pings, batched: `[workerId, lat, lng]` tuples. Kept in Redis and pushed to screens, latest wins. */
export async function POST(request: Request): Promise<Response> {
  const app = await appContext();
  if (!gatewayTokenAccepted(app.config.POSITIONS_GATEWAY_TOKEN, request.headers.get("authorization"))) {
    return errorResponse(401, "unauthenticated", "send the positions gateway token as `Authorization: Bearer <token>`");
  }
  const body = await readJsonBody(request, 2 * 1024 * 1024);
  if (!body.ok) return body.response;
  const parsed = workerPositionBatchSchema.safeParse(body.value);
  if (!parsed.success) return validationError(parsed.error);
  try {
    await app.positions.update(parsed.data.positions);
  } catch (error) {
    return errorResponse(503, "store_unavailable", (error as Error).message);
  }
  app.publisher.publishPositions(parsed.data.positions);
  return Response.json({ accepted: parsed.data.positions.length }, { status: 202 });
}
