import { careAlertQuerySchema } from "@/lib/contracts/care";
import { careViewerOf } from "@/lib/pipeline/care/household-view";
import { listCareAlertsFor } from "@/lib/pipeline/care/care-alerts";
import { appContext } from "../../_http/app-context";
import { validationError } from "../../_http/error-response";
import { requireActor } from "../../_http/require-actor";
import { careReaders } from "../../_http/care-roles";

export const dynamic = "force-dynamic";

/** Open care alerts of the households the caller sees whole, or the alert of one case (`caseId`). */
export async function GET(request: Request): Promise<Response> {
  const who = await requireActor(request, careReaders);
  if (!who.ok) return who.response;
  const query = careAlertQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(query.error, "query");
  const app = await appContext();
  const alerts = await listCareAlertsFor(app.pipeline, await careViewerOf(app.pipeline, who.actor), query.data);
  return Response.json({ alerts }, { headers: { "cache-control": "no-store" } });
}
