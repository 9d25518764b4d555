import type { SummonedStatus, Whistle } from "@/lib/contracts";

export interface SummonsMessages {
  title: string;
  none: string;
  whistles: Record<Whistle, string>;
  statuses: Record<SummonedStatus, string>;
  dueAt: (time: string) => string;
  summon: string;
  departments: string;
  reason: string;
  send: string;
  reportIn: string;
  rate: string;
  failed: (message: string) => string;
}

export const summonsMessages: Record<"zh-CN" | "en", SummonsMessages> = {
  "zh-CN": {
    title: "吹哨报到",
    none: "尚未吹哨",
    whistles: { routine: "日常哨", hard: "攻坚哨", emergency: "应急哨" },
    statuses: { pending: "待报到", acknowledged: "已报到", late: "迟到报到", missed: "超时未报到" },
    dueAt: (time) => `报到时限 ${time}`,
    summon: "吹哨",
    departments: "召集部门",
    reason: "事由",
    send: "发出哨令",
    reportIn: "报到",
    rate: "评价",
    failed: (message) => `操作失败：${message}`,
  },
  en: {
    title: "Summons (吹哨报到)",
    none: "No summons yet",
    whistles: { routine: "Routine", hard: "Hard case", emergency: "Emergency" },
    statuses: { pending: "Pending", acknowledged: "Reported in", late: "Reported late", missed: "Missed deadline" },
    dueAt: (time) => `Report in by ${time}`,
    summon: "Summon",
    departments: "Departments",
    reason: "Reason",
    send: "Blow the whistle",
    reportIn: "Report in",
    rate: "Rate",
    failed: (message) => `Failed: ${message}`,
  },
};
