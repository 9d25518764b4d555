import { appContext } from "../_http/app-context";

export const dynamic = "force-dynamic";

/** Jobs that failed for good, newest first, for operators to inspect and replay by hand. */
export async function GET(): Promise<Response> {
  const app = await appContext();
  const jobs = await app.queues.deadLetter.getJobs(["waiting", "delayed"], 0, 99, false);
  return Response.json({
    count: await app.queues.deadLetter.count(),
    jobs: jobs.map((job) => ({ id: job.id, ...job.data })),
  });
}
