import { hotlineKpiQuerySchema } from "@/lib/contracts/hotline-kpi";
import { computeHotlineKpis } from "@/lib/db/repositories/hotline-kpi.repository";
import { appContext } from "../../_http/app-context";
import { validationError } from "../../_http/error-response";
import { requireActor } from "../../_http/require-actor";

export const dynamic = "force-dynamic";

/** The 12345 performance figures per department or district over [from, to). */
export async function GET(request: Request): Promise<Response> {
  const who = await requireActor(request, ["leader", "operator", "dispatcher", "admin"]);
  if (!who.ok) return who.response;
  const query = hotlineKpiQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(query.error, "query");
  const app = await appContext();
  const rows = await computeHotlineKpis(app.database.db, { from: new Date(query.data.from), to: new Date(query.data.to) }, query.data.groupBy);
  return Response.json({ groupBy: query.data.groupBy, from: query.data.from, to: query.data.to, rows });
}
