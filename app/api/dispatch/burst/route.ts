import { dispatchBurst } from "@/lib/pipeline/dispatch-burst";
import { appContext } from "../../_http/app-context";
import { requireActor } from "../../_http/require-actor";

export const dynamic = "force-dynamic";

/** Assigns every case awaiting dispatch jointly, for the least total travel (a typhoon night's backlog). */
export async function POST(request: Request): Promise<Response> {
  const who = await requireActor(request, ["dispatcher", "admin"]);
  if (!who.ok) return who.response;
  const app = await appContext();
  return Response.json(await dispatchBurst(app.pipeline, who.user.id), { headers: { "cache-control": "no-store" } });
}
