import { followWarnings } from "@/lib/pipeline/follow-warnings";
import { followWarningsJobSchema } from "@/lib/queue/job-payloads";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import { defineJob } from "../job-definition";

export const followWarningsJob = defineJob({
  queue: queueNames.screenMode,
  name: jobNames.followWarnings,
  schema: followWarningsJobSchema,
  concurrency: 1,
  async handle(_data, app) {
    await followWarnings({ db: app.database.db, publisher: app.publisher, clock: () => new Date() });
  },
});
