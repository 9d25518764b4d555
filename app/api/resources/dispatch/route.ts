import { resourceDispatchRequestSchema } from "@/lib/contracts/resource";
import { dispatchResources } from "@/lib/pipeline/dispatch-resources";
import { appContext } from "../../_http/app-context";
import { readValidJsonBody } from "../../_http/read-valid-json-body";
import { requireActor } from "../../_http/require-actor";

export const dynamic = "force-dynamic";

/** Sends the nearest available resource of each need's kind and capability; several needs jointly, for the least total travel. */
export async function POST(request: Request): Promise<Response> {
  const who = await requireActor(request, ["dispatcher", "admin"]);
  if (!who.ok) return who.response;
  const app = await appContext();
  const parsed = await readValidJsonBody(request, 64 * 1024, resourceDispatchRequestSchema);
  if (!parsed.ok) return parsed.response;
  return Response.json(await dispatchResources(app.pipeline, parsed.data.needs, who.actor), { headers: { "cache-control": "no-store" } });
}
