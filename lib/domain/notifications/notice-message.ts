import type { Rating } from "@/lib/contracts/case-action";
import type { BilingualText, Notice, NoticeKey } from "@/lib/contracts/notification";

const ratingNames: Readonly<Record<Rating, BilingualText>> = {
  satisfied: { zh: "满意", en: "satisfied" },
  basically_satisfied: { zh: "基本满意", en: "fairly satisfied" },
  unsatisfied: { zh: "不满意", en: "not satisfied" },
};

const plain: Readonly<Record<NoticeKey, BilingualText>> = {
  received: { zh: "已收到您的反映", en: "We have received your report" },
  accepted: { zh: "已受理，正在安排处理", en: "Accepted: we are arranging for it to be handled" },
  dispatched: { zh: "已派给网格员处理", en: "Assigned to a grid worker" },
  signed_for: { zh: "网格员已接单，正在前往现场", en: "A grid worker has taken it on and is on the way" },
  arrived: { zh: "网格员已到场", en: "The grid worker is on site" },
  resolved: { zh: "已处理完毕，请评价", en: "Handled: please rate the result" },
  rated: { zh: "感谢您的评价", en: "Thank you for your rating" },
  reopened: { zh: "已重新办理", en: "Being handled again" },
  closed: { zh: "已结案，感谢您的反映", en: "Closed. Thank you for reporting" },
  rejected: { zh: "不予受理", en: "Not accepted" },
  merged: { zh: "已与同一问题的其他反映合并处理", en: "Merged with another report of the same problem" },
  cancelled: { zh: "已撤销", en: "Withdrawn" },
};

/** The sentence a reporter reads for one step, in Chinese and English. */
export function noticeMessage(notice: Notice): BilingualText {
  const base = plain[notice.key];
  const rating = notice.rating && ratingNames[notice.rating];
  if (notice.key === "rejected" && notice.reason) {
    return { zh: `${base.zh}（原因：${notice.reason}）`, en: `${base.en} (reason: ${notice.reason})` };
  }
  if (notice.key === "rated" && rating) return { zh: `${base.zh}：${rating.zh}`, en: `${base.en}: ${rating.en}` };
  if (notice.key === "reopened" && rating) {
    return { zh: `您的评价：${rating.zh}。${base.zh}`, en: `You were ${rating.en}. ${base.en}` };
  }
  return base;
}
