import { listSummonRows } from "@/lib/db/repositories/summons.repository";
import { summonViewsSeenBy, toSummonViews } from "@/lib/pipeline/summon-views";
import { appContext } from "../_http/app-context";
import { requireActor } from "../_http/require-actor";

export const dynamic = "force-dynamic";

/** Department staff: the summons of their department; the desk and leaders: every summons. */
export async function GET(request: Request): Promise<Response> {
  const who = await requireActor(request, ["department_staff", "dispatcher", "operator", "leader", "admin"]);
  if (!who.ok) return who.response;
  const app = await appContext();
  const department = who.actor.role === "department_staff" ? who.actor.department : undefined;
  const rows = await listSummonRows(app.database.db, department ? { department } : {});
  return Response.json({ summons: summonViewsSeenBy(who.actor, toSummonViews(rows, new Date()).reverse()) });
}
