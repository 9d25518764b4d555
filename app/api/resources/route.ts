import { resourceQuerySchema } from "@/lib/contracts/resource";
import { listResourcesFor } from "@/lib/pipeline/list-resources";
import { appContext } from "../_http/app-context";
import { validationError } from "../_http/error-response";
import { requireActor } from "../_http/require-actor";

export const dynamic = "force-dynamic";

/** Emergency resources with their state, by kind, state or district. Department staff see those their department runs. */
export async function GET(request: Request): Promise<Response> {
  const who = await requireActor(request, ["operator", "leader", "dispatcher", "admin", "department_staff"]);
  if (!who.ok) return who.response;
  const query = resourceQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(query.error, "query");
  const app = await appContext();
  const resources = await listResourcesFor(app.pipeline, query.data, who.actor);
  return Response.json({ resources }, { headers: { "cache-control": "no-store" } });
}
