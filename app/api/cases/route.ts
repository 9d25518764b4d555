import { caseQuerySchema } from "@/lib/contracts/case-query";
import { listCasesFor } from "@/lib/pipeline/list-cases";
import { appContext } from "../_http/app-context";
import { validationError } from "../_http/error-response";
import { requireActor } from "../_http/require-actor";

export const dynamic = "force-dynamic";

/** The queue: filtered, newest first, one page at a time. Department staff see their own department only. */
export async function GET(request: Request): Promise<Response> {
  const who = await requireActor(request, ["dispatcher", "operator", "admin", "leader", "department_staff"]);
  if (!who.ok) return who.response;
  const query = caseQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(query.error, "query");
  const app = await appContext();
  const list = await listCasesFor(app.pipeline, query.data, who.actor);
  return Response.json(list, { headers: { "cache-control": "no-store" } });
}
