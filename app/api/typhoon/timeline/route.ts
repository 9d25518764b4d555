import { typhoonTimelineQuerySchema } from "@/lib/contracts/typhoon-timeline";
import { loadTyphoonTimeline } from "@/lib/pipeline/load-typhoon-timeline";
import { appContext } from "../../_http/app-context";
import { validationError } from "../../_http/error-response";
import { refuseUnlessScreenViewer } from "../../_http/require-screen-viewer";

export const dynamic = "force-dynamic";

/** A stored window of a night, step by step (forecasts, gauges, cases opened), for the wall screen's timeline. */
export async function GET(request: Request): Promise<Response> {
  const refusal = await refuseUnlessScreenViewer(request);
  if (refusal) return refusal;
  const query = typhoonTimelineQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(query.error, "query");
  const app = await appContext();
  return Response.json(await loadTyphoonTimeline(app.database.db, query.data), { headers: { "cache-control": "no-store" } });
}
