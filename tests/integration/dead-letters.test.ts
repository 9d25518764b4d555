import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as retryOne } from "@/app/api/dead-letters/[queue]/[jobId]/retry/route";
import { POST as retryAll } from "@/app/api/dead-letters/retry/route";
import { DEMO_PASSWORD, demoUsers } from "@/lib/city/shanghai/demo-users";
import { SESSION_COOKIE } from "@/lib/contracts/identity";
import { deadLetterRetryResultSchema } from "@/lib/contracts/dead-letters";
import { seedDemoUsers } from "@/lib/db/seed-demo-users";
import { signIn } from "@/lib/pipeline/sign-in";
import { jobNames } from "@/lib/queue/queue-names";
import type { AppContext } from "@/lib/runtime/app-context";
import { registerAppContext } from "@/lib/runtime/shared-app-context";
import { startWorkers } from "@/workers/main";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import { pollUntil } from "../support/poll";
import { testRedisUrl, uniquePrefix } from "../support/services";

const run = promisify(execFile);

/** Jobs whose payload can never be processed: the real workers dead-letter them at the first attempt. */
const poisoned = (caseId: string) => ({ caseId, round: 0, excludeWorkerIds: [] });

describe("dead-lettered jobs are queued again by an admin or the dead-letters command", () => {
  const prefix = uniquePrefix("dead");
  let running: InProcessApp;
  let app: AppContext;
  const cookies: Record<string, string> = {};

  const deadLetteredIds = async () => (await app.queues.deadLetter.getJobs(["waiting"], 0, -1, true)).map((j) => j.data.jobId);

  async function deadLetter(jobIds: string[]): Promise<void> {
    const workers = await startWorkers(app);
    try {
      for (const id of jobIds) await app.queues.dispatch.add(jobNames.dispatchCase, poisoned(`not-a-uuid-${id}`), { jobId: id });
      await pollUntil(deadLetteredIds, (ids) => jobIds.every((id) => ids.includes(id)));
    } finally {
      await workers.close();
    }
  }

  const post = (handler: (request: Request) => Promise<Response>, who: string, body?: unknown) =>
    handler(
      new Request("http://tonglan.test/api/dead-letters/retry", {
        method: "POST",
        headers: { cookie: `${SESSION_COOKIE}=${cookies[who]}` },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
  const postOne = (who: string, queue: string, jobId: string) =>
    retryOne(
      new Request(`http://tonglan.test/api/dead-letters/${queue}/${jobId}/retry`, { method: "POST", headers: { cookie: `${SESSION_COOKIE}=${cookies[who]}` } }),
      { params: Promise.resolve({ queue, jobId }) },
    );

  beforeAll(async () => {
    running = await startInProcessApp(prefix);
    app = running.app;
    registerAppContext(Promise.resolve(app));
    const staff = demoUsers.filter((u) => u.username === "admin" || u.username === "operator");
    await seedDemoUsers(app.database.db, staff, DEMO_PASSWORD);
    for (const { username } of staff) {
      const outcome = await signIn(app.database.db, { username, password: DEMO_PASSWORD }, new Date());
      if (!outcome.ok) throw new Error(`could not sign in ${username}`);
      cookies[username] = outcome.token;
    }
  });

  // Each test counts every dead letter, so each starts without any, and without the jobs they stand for.
  beforeEach(async () => {
    await app.queues.dispatch.obliterate({ force: true });
    await app.queues.deadLetter.obliterate({ force: true });
  });

  afterAll(async () => {
    await running?.stop();
  });

  it("lets only an admin queue one job again, under its own id with its attempts reset", async () => {
    await deadLetter(["dl-a", "dl-b"]);
    expect((await postOne("operator", "dispatch", "dl-a")).status).toBe(403);
    expect((await postOne("admin", "dispatch", "no-such-job")).status).toBe(404);

    const response = await postOne("admin", "dispatch", "dl-a");
    expect(response.status).toBe(200);
    expect(deadLetterRetryResultSchema.parse(await response.json())).toEqual({ retried: [{ queue: "dispatch", jobId: "dl-a" }], skipped: [] });

    const job = await app.queues.dispatch.getJob("dl-a");
    expect(await job?.getState()).toBe("waiting");
    expect(job?.attemptsMade).toBe(0);
    expect(job?.data).toEqual(poisoned("not-a-uuid-dl-a"));
    expect(await deadLetteredIds()).toEqual(["dl-b"]);
  });

  it("leaves a dead letter whose job is meanwhile queued again", async () => {
    await deadLetter(["dl-a"]);
    expect((await postOne("admin", "dispatch", "dl-a")).status).toBe(200);
    const stale = await app.queues.deadLetter.add(jobNames.deadLetter, {
      queue: "dispatch",
      jobName: jobNames.dispatchCase,
      jobId: "dl-a",
      data: poisoned("not-a-uuid-dl-a"),
      failedReason: "stale",
      attemptsMade: 6,
      failedAt: new Date().toISOString(),
    });
    const result = deadLetterRetryResultSchema.parse(await (await postOne("admin", "dispatch", "dl-a")).json());
    expect(result).toEqual({ retried: [], skipped: [{ deadLetterId: String(stale.id), queue: "dispatch", jobId: "dl-a", reason: "job is waiting" }] });
    await stale.remove();
  });

  it("adds a job its queue no longer keeps anew, from the command line", async () => {
    await deadLetter(["dl-b"]);
    await (await app.queues.dispatch.getJob("dl-b"))?.remove();
    const env = { ...process.env, REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix };
    const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/dead-letters.ts", "retry", "--queue", "dispatch", "--job", "dl-b"], { env });
    expect(stdout).toContain("queued again: dispatch/dl-b");

    const job = await app.queues.dispatch.getJob("dl-b");
    expect(job?.name).toBe(jobNames.dispatchCase);
    expect(job?.data).toEqual(poisoned("not-a-uuid-dl-b"));
    expect(await deadLetteredIds()).toEqual([]);
  });

  it("retries every dead letter, or those of one queue, and a job that fails again is dead-lettered again", async () => {
    await deadLetter(["dl-c", "dl-d"]);
    expect((await post(retryAll, "operator")).status).toBe(403);
    expect((await post(retryAll, "admin", { queue: 7 })).status).toBe(400);

    const none = deadLetterRetryResultSchema.parse(await (await post(retryAll, "admin", { queue: "notify" })).json());
    expect(none).toEqual({ retried: [], skipped: [] });

    const all = deadLetterRetryResultSchema.parse(await (await post(retryAll, "admin")).json());
    expect(all.retried.map((r) => r.jobId).sort()).toEqual(["dl-c", "dl-d"]);
    expect(await deadLetteredIds()).toEqual([]);

    // The cause is not fixed: the workers fail them again, and they are back among the dead letters.
    const workers = await startWorkers(app);
    try {
      await pollUntil(deadLetteredIds, (ids) => ids.includes("dl-c") && ids.includes("dl-d"));
    } finally {
      await workers.close();
    }
  });
});
