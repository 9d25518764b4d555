import { careViewerOf } from "@/lib/pipeline/care/household-view";
import { listOpenCareAlertsFor } from "@/lib/pipeline/care/care-alerts";
import { appContext } from "../../_http/app-context";
import { requireActor } from "../../_http/require-actor";
import { careReaders } from "../../_http/care-roles";

export const dynamic = "force-dynamic";

/** Open care alerts of the households the caller sees whole. */
export async function GET(request: Request): Promise<Response> {
  const who = await requireActor(request, careReaders);
  if (!who.ok) return who.response;
  const app = await appContext();
  const alerts = await listOpenCareAlertsFor(app.pipeline, await careViewerOf(app.pipeline, who.actor));
  return Response.json({ alerts }, { headers: { "cache-control": "no-store" } });
}
