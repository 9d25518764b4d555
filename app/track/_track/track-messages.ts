import type { Language } from "@/app/_i18n/languages";
import type { Rating, Stage } from "@/lib/contracts";

export interface TrackMessages {
  title: string;
  switchLanguage: string;
  live: string;
  offline: string;
  code: string;
  reportedAt: string;
  progress: readonly string[];
  /** Stages that leave the usual path, shown instead of the progress bar. */
  sideExits: Partial<Record<Stage, string>>;
  reopened: string;
  feedTitle: string;
  result: string;
  afterPhotos: string;
  yourPhotos: string;
  photoAlt: string;
  rate: {
    title: string;
    options: Record<Rating, string>;
    unsatisfiedHint: string;
    submit: string;
    sending: string;
    conflict: string;
    failed: string;
    yours: (rating: string) => string;
  };
  another: string;
}

const zhCN: TrackMessages = {
  title: "我的反映 · 处理进度",
  switchLanguage: "EN",
  live: "实时更新",
  offline: "网络中断，恢复后自动更新",
  code: "工单编号",
  reportedAt: "反映时间",
  progress: ["已受理", "已派单", "处理中", "待评价", "已办结"],
  sideExits: { rejected: "不予受理", merged: "已合并处理", cancelled: "已撤销" },
  reopened: "重新办理中",
  feedTitle: "处理进度",
  result: "处理结果",
  afterPhotos: "处理后照片",
  yourPhotos: "您上传的照片",
  photoAlt: "照片",
  rate: {
    title: "请对处理结果评价",
    options: { satisfied: "满意", basically_satisfied: "基本满意", unsatisfied: "不满意" },
    unsatisfiedHint: "选择“不满意”，该问题将重新办理",
    submit: "提交评价",
    sending: "正在提交…",
    conflict: "处理情况刚刚有更新，请确认后再评价",
    failed: "评价未能提交，请稍后再试",
    yours: (rating) => `您的评价：${rating}`,
  },
  another: "再反映一件",
};

const en: TrackMessages = {
  title: "My report · progress",
  switchLanguage: "中文",
  live: "Live",
  offline: "Offline: updates resume when the connection is back",
  code: "Case number",
  reportedAt: "Reported",
  progress: ["Accepted", "Assigned", "In hand", "To rate", "Done"],
  sideExits: { rejected: "Not accepted", merged: "Merged", cancelled: "Withdrawn" },
  reopened: "Being handled again",
  feedTitle: "Progress",
  result: "Result",
  afterPhotos: "After the fix",
  yourPhotos: "Your photos",
  photoAlt: "Photo",
  rate: {
    title: "How satisfied are you with the result?",
    options: { satisfied: "Satisfied", basically_satisfied: "Fairly satisfied", unsatisfied: "Not satisfied" },
    unsatisfiedHint: "“Not satisfied” sends the problem back to be handled again",
    submit: "Send rating",
    sending: "Sending…",
    conflict: "The case has just changed: please check it and rate again",
    failed: "The rating could not be sent; please try again",
    yours: (rating) => `Your rating: ${rating}`,
  },
  another: "Report another problem",
};

export const trackMessages: Record<Language, TrackMessages> = { "zh-CN": zhCN, en };
