/** Every queue of the pipeline and the one job each carries. */
export const queueNames = {
  intake: "intake",
  dispatch: "dispatch",
  kpi: "kpi",
  sla: "sla",
  summons: "summons",
  notify: "notify",
  care: "care",
  screenMode: "screen-mode",
  risk: "risk",
  deadLetter: "dead-letter",
} as const;

export type QueueName = (typeof queueNames)[keyof typeof queueNames];

export const jobNames = {
  takeInEvents: "take-in-events",
  dispatchCase: "dispatch-case",
  refreshKpi: "refresh-kpi",
  checkSla: "check-sla",
  checkSummon: "check-summon",
  sendNotifications: "send-notifications",
  careWatch: "care-watch",
  followWarnings: "follow-warnings",
  computeRisk: "compute-risk",
  deadLetter: "dead-letter",
} as const;
