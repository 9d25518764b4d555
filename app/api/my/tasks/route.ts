import { myTasksQuerySchema } from "@/lib/contracts/my-tasks";
import { listMyTasks } from "@/lib/pipeline/list-my-tasks";
import { appContext } from "../../_http/app-context";
import { errorResponse, validationError } from "../../_http/error-response";
import { requireActor } from "../../_http/require-actor";

export const dynamic = "force-dynamic";

/** The signed-in grid worker's open tasks (department staff: their department's open cases), nearest first. */
export async function GET(request: Request): Promise<Response> {
  const who = await requireActor(request, ["grid_worker", "department_staff"]);
  if (!who.ok) return who.response;
  const query = myTasksQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(query.error, "query");
  const { lat, lng } = query.data;
  const app = await appContext();
  const device = lat !== undefined && lng !== undefined ? { lat, lng } : null;
  const tasks = await listMyTasks(app.pipeline, who.actor, device);
  if (!tasks) return errorResponse(403, "forbidden", "this account has no worker or department to take tasks for");
  return Response.json(tasks, { headers: { "cache-control": "no-store" } });
}
