import { MAX_READING_BATCH_BYTES, MAX_READINGS_PER_BATCH } from "@/lib/contracts/sensor-readings";
import { gatewayTokenAccepted } from "@/lib/domain/identity/gateway-token";
import { parseReadingBatch } from "@/lib/domain/sensors/parse-reading-batch";
import { ingestReadings } from "@/lib/pipeline/ingest-readings";
import { queueCareWatch } from "@/lib/pipeline/care/queue-care-watch";
import { enqueueCareWatch, enqueueRecordEvent, enqueueRiskRecompute } from "@/lib/queue/enqueue";
import { appContext } from "../../_http/app-context";
import { errorResponse, validationError } from "../../_http/error-response";
import { readJsonBody } from "../../_http/read-json-body";

export const dynamic = "force-dynamic";

/** Readings from sensor gateways, in batches: stored once each, threshold crossings handed to intake, the risk map recomputed. */
export async function POST(request: Request): Promise<Response> {
  const app = await appContext();
  if (!gatewayTokenAccepted(app.config.SENSOR_GATEWAY_TOKEN, request.headers.get("authorization"))) {
    return errorResponse(401, "unauthenticated", "send the sensor gateway token as `Authorization: Bearer <token>`");
  }
  const body = await readJsonBody(request, MAX_READING_BATCH_BYTES);
  if (!body.ok) return body.response;
  const batch = parseReadingBatch(body.value);
  if (!batch.ok && batch.problem === "too_many") {
    return errorResponse(413, "too_many_readings", `at most ${MAX_READINGS_PER_BATCH} readings per request, got ${batch.count}`);
  }
  if (!batch.ok) return validationError(batch.error);
  try {
    const result = await ingestReadings(
      {
        db: app.database.db,
        enqueueEvent: (job) => enqueueRecordEvent(app.queues, job),
        clock: () => new Date(),
        watchMeters: (sensorIds) => queueCareWatch(app.database.db, sensorIds, (ids) => enqueueCareWatch(app.queues, ids, new Date())),
        pushValues: (values) => app.sensorPush.note(values),
      },
      batch.columns,
    );
    if (result.stored > 0) await enqueueRiskRecompute(app.queues, new Date(), app.config.SLA_MINUTE_MS);
    return Response.json(result, { status: 200 });
  } catch (error) {
    console.error("[api/sensors/readings] could not store:", (error as Error).message);
    return errorResponse(503, "store_unavailable", "the readings could not be stored; send the same batch again");
  }
}
