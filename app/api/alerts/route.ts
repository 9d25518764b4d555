import { MAX_CAP_ALERT_BYTES } from "@/lib/contracts/cap-alert";
import { gatewayTokenAccepted } from "@/lib/domain/identity/gateway-token";
import { screenRefusal } from "@/lib/domain/identity/screen-access";
import { parseCapAlert } from "@/lib/domain/alerts/parse-cap-alert";
import { loadAlertsInForce } from "@/lib/pipeline/load-alerts-in-force";
import { storeCapAlert } from "@/lib/pipeline/store-cap-alert";
import { appContext } from "../_http/app-context";
import { errorResponse } from "../_http/error-response";
import { optionalSession } from "../_http/optional-session";
import { readCappedBody } from "../_http/read-capped-body";

export const dynamic = "force-dynamic";

const XML_TYPES = new Set(["application/cap+xml", "application/xml", "text/xml"]);

/** A warning service's CAP 1.2 alert: refused whole with the failing element named, or stored once. */
export async function POST(request: Request): Promise<Response> {
  const app = await appContext();
  if (!gatewayTokenAccepted(app.config.WEATHER_GATEWAY_TOKEN, request.headers.get("authorization"))) {
    return errorResponse(401, "unauthenticated", "send the weather gateway token as `Authorization: Bearer <token>`");
  }
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!XML_TYPES.has(type)) return errorResponse(415, "unsupported_media_type", "send the alert as application/cap+xml (or application/xml, text/xml)");
  const body = await readCappedBody(request, MAX_CAP_ALERT_BYTES);
  if (!body.ok) return errorResponse(413, "body_too_large", `an alert must be at most ${MAX_CAP_ALERT_BYTES} bytes`);
  const parsed = parseCapAlert(body.bytes);
  if (!parsed.ok) {
    if (parsed.problem === "too_large") return errorResponse(413, "body_too_large", parsed.message);
    if (parsed.problem === "invalid") return errorResponse(400, "invalid_cap", `${parsed.element}: ${parsed.message}`, [{ path: parsed.element, message: parsed.message }]);
    return errorResponse(400, parsed.problem === "dtd_refused" ? "dtd_refused" : "malformed_xml", parsed.message);
  }
  try {
    const stored = await storeCapAlert(app.pipeline, { alert: parsed.alert, xml: body.bytes.toString("utf8"), origin: "received" });
    return Response.json(stored, { status: stored.duplicate ? 200 : 201 });
  } catch (error) {
    console.error("[api/alerts] could not store:", (error as Error).message);
    return errorResponse(503, "store_unavailable", "the alert could not be stored; send it again");
  }
}

/** The alerts in force now, for the wall screen and those who watch it. */
export async function GET(request: Request): Promise<Response> {
  const [app, session] = await Promise.all([appContext(), optionalSession(request)]);
  const refusal = screenRefusal(session?.actor ?? null, app.config.PUBLIC_SCREEN);
  if (refusal) return errorResponse(refusal.status, refusal.code, refusal.message);
  const alerts = await loadAlertsInForce(app.database.db, new Date());
  return Response.json({ alerts }, { headers: { "cache-control": "no-store" } });
}
