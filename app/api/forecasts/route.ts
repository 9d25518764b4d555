import { forecastSchema } from "@/lib/contracts/forecast";
import { MAX_FORECAST_BYTES, MAX_FORECASTS_LISTED, forecastQuerySchema } from "@/lib/contracts/forecast-feed";
import { listForecasts } from "@/lib/db/repositories/forecasts.repository";
import { gatewayTokenAccepted } from "@/lib/domain/identity/gateway-token";
import { storeForecast } from "@/lib/pipeline/store-forecast";
import { enqueueRiskRecompute } from "@/lib/queue/enqueue";
import { appContext } from "../_http/app-context";
import { errorResponse, validationError } from "../_http/error-response";
import { readValidJsonBody } from "../_http/read-valid-json-body";
import { requireActor } from "../_http/require-actor";

export const dynamic = "force-dynamic";

/** A weather service's tropical-cyclone forecast: stored once per source, storm and issue time, pushed to screens; the risk map recomputed. */
export async function POST(request: Request): Promise<Response> {
  const app = await appContext();
  if (!gatewayTokenAccepted(app.config.WEATHER_GATEWAY_TOKEN, request.headers.get("authorization"))) {
    return errorResponse(401, "unauthenticated", "send the weather gateway token as `Authorization: Bearer <token>`");
  }
  const forecast = await readValidJsonBody(request, MAX_FORECAST_BYTES, forecastSchema);
  if (!forecast.ok) return forecast.response;
  try {
    const result = await storeForecast(app.pipeline, forecast.data);
    if (!result.duplicate) await enqueueRiskRecompute(app.queues, new Date(), app.config.SLA_MINUTE_MS);
    return Response.json(result, { status: result.duplicate ? 200 : 201 });
  } catch (error) {
    console.error("[api/forecasts] could not store:", (error as Error).message);
    return errorResponse(503, "store_unavailable", "the forecast could not be stored; send it again");
  }
}

/** Forecasts issued in a window, oldest first: their lead-0 points are the storm's past track. */
export async function GET(request: Request): Promise<Response> {
  const who = await requireActor(request, ["operator", "leader", "dispatcher", "admin"]);
  if (!who.ok) return who.response;
  const query = forecastQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(query.error, "query");
  const app = await appContext();
  const forecasts = await listForecasts(app.database.db, {
    ...(query.data.since && { since: new Date(query.data.since) }),
    ...(query.data.until && { until: new Date(query.data.until) }),
    limit: MAX_FORECASTS_LISTED,
  });
  return Response.json({ forecasts }, { headers: { "cache-control": "no-store" } });
}
