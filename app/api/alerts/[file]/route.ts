import { findAlert } from "@/lib/db/repositories/alerts.repository";
import { appContext } from "../../_http/app-context";
import { errorResponse } from "../../_http/error-response";

export const dynamic = "force-dynamic";

/** `/api/alerts/{id}.xml`: one of the city's own warnings as the CAP 1.2 document it published. */
export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await context.params;
  const id = file.endsWith(".xml") ? file.slice(0, -".xml".length) : null;
  if (id === null) return errorResponse(404, "not_found", "alerts are served as /api/alerts/{id}.xml");
  const app = await appContext();
  const stored = await findAlert(app.database.db, id);
  if (!stored || stored.origin !== "issued") return errorResponse(404, "not_found", `the city issued no alert ${id}`);
  return new Response(stored.xml, { headers: { "content-type": "application/cap+xml; charset=utf-8", "cache-control": "no-cache" } });
}
