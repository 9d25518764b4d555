import type { Kysely } from "kysely";
import type { Database } from "@/lib/db/schema";
import type { WorkerPositions } from "@/lib/geo/worker-positions";
import type { ScreenPublisher } from "@/lib/realtime/screen-publisher";
import type { ConfiguredDispatchPolicy } from "@/lib/config/dispatch-policy";
import type { DispatchRequest } from "@/lib/queue/enqueue";
import type { CheckSlaJob, CheckSummonJob, NotificationRequest } from "@/lib/queue/job-payloads";
import type { WhistleDeadlines } from "@/lib/domain/summons/summon-rules";
import type { LiveWorkerIndex } from "./live-worker-index";
import type { ReferenceData } from "./reference-data";

/** What the pipeline steps need, passed in so tests and processes can wire their own. */
export interface PipelineContext {
  db: Kysely<Database>;
  reference: ReferenceData;
  positions: WorkerPositions;
  /** Where workers are and who may take what, in this process's memory (see live-worker-index.ts). */
  workerIndex: LiveWorkerIndex;
  publisher: ScreenPublisher;
  clock: () => Date;
  /** Length of one SLA minute in milliseconds: 60,000 except in tests and time-compressed demos. */
  slaMinuteMs: number;
  dispatchPolicy: ConfiguredDispatchPolicy;
  enqueueDispatch(request: DispatchRequest): Promise<void>;
  enqueueSlaCheck(job: CheckSlaJob, dueAt: Date): Promise<void>;
  /** Tell the reporter about a step of their case (see notify-reporters.ts). */
  enqueueNotification(request: NotificationRequest): Promise<void>;
  enqueueSummonCheck(job: CheckSummonJob, dueAt: Date): Promise<void>;
  whistleDeadlines: WhistleDeadlines;
}
