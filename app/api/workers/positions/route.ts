import { cityBounds } from "@/lib/city/shanghai/bounds";
import { workerPositionBatchSchema } from "@/lib/contracts/worker-summary";
import { CITY_MARGIN_KM } from "@/lib/domain/geo/city-bounds";
import { gatewayTokenAccepted } from "@/lib/domain/identity/gateway-token";
import { takePositions, type TakePositionsOutcome } from "@/lib/pipeline/take-positions";
import { appContext } from "../../_http/app-context";
import { errorResponse } from "../../_http/error-response";
import { readValidJsonBody } from "../../_http/read-valid-json-body";

export const dynamic = "force-dynamic";

/**
 * Phone pings, batched: `[workerId, lat, lng]` tuples. Kept in Redis and pushed to screens, latest
 * wins; 400 naming the first tuple outside the city, 202 with the indexes of jumps too fast to be real.
 */
export async function POST(request: Request): Promise<Response> {
  const app = await appContext();
  if (!gatewayTokenAccepted(app.config.POSITIONS_GATEWAY_TOKEN, request.headers.get("authorization"))) {
    return errorResponse(401, "unauthenticated", "send the positions gateway token as `Authorization: Bearer <token>`");
  }
  const parsed = await readValidJsonBody(request, 2 * 1024 * 1024, workerPositionBatchSchema);
  if (!parsed.ok) return parsed.response;
  let taken: TakePositionsOutcome;
  try {
    taken = await takePositions(
      { positions: app.positions, bounds: cityBounds, clock: () => new Date(), slaMinuteMs: app.config.SLA_MINUTE_MS },
      parsed.data.positions,
    );
  } catch (error) {
    return errorResponse(503, "store_unavailable", (error as Error).message);
  }
  if (!taken.ok) {
    return errorResponse(400, "invalid_body", "the request has invalid fields", [
      { path: `positions.${taken.outsideIndex}`, message: `more than ${CITY_MARGIN_KM} km outside the city` },
    ]);
  }
  app.publisher.publishPositions(taken.accepted);
  return Response.json({ accepted: taken.accepted.length, tooFast: taken.tooFast }, { status: 202 });
}
