import type { DeadLetter } from "@/lib/contracts/dead-letters";
import { appContext } from "../_http/app-context";
import { requireActor } from "../_http/require-actor";

export const dynamic = "force-dynamic";

/**
 * Jobs that failed for good, newest first, for operators to inspect and replay by hand. Their
 * payloads are raw (reporters' phone numbers included), so only the operator and admin see them.
 */
export async function GET(request: Request): Promise<Response> {
  const who = await requireActor(request, ["operator", "admin"]);
  if (!who.ok) return who.response;
  const app = await appContext();
  const jobs = await app.queues.deadLetter.getJobs(["waiting", "delayed"], 0, 99, false);
  return Response.json({
    count: await app.queues.deadLetter.count(),
    jobs: jobs.map((job): DeadLetter => ({ id: String(job.id), ...job.data })),
  });
}
