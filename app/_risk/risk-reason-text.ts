import type { RiskReason } from "@/lib/contracts/risk";
import type { Language } from "@/app/_i18n/languages";

const oneDecimal = (value: number) => (Math.round(value * 10) / 10).toString();
const whole = (value: number) => Math.round(value).toString();
const signed = (value: number) => (value >= 0 ? `+${oneDecimal(value)}` : oneDecimal(value));

/** One reason of a risk score in words, its numbers kept (the risk list, the console's risk points). */
export function riskReasonText(reason: RiskReason, language: Language): string {
  const en = language === "en";
  switch (reason.kind) {
    case "rain":
      return en
        ? `rain expected ${whole(reason.expectedMm)} mm, ${oneDecimal(reason.ratio)}× drainage (${whole(reason.drainageMm)} mm)`
        : `预计降雨 ${whole(reason.expectedMm)} 毫米，为排水能力（${whole(reason.drainageMm)} 毫米）的 ${oneDecimal(reason.ratio)} 倍`;
    case "standing":
      return en ? `water standing now ~${whole(reason.mm)} mm` : `当前积水约 ${whole(reason.mm)} 毫米`;
    case "low_ground":
      return en ? `low ground (${Math.round(reason.lowness * 100)}% hollow)` : `地势低洼（${Math.round(reason.lowness * 100)}%）`;
    case "water_level":
      return en
        ? `gauge ${reason.gaugeId} ${whole(reason.levelCm)} cm, ${signed(reason.riseCmPerHour)} cm/h`
        : `水位站 ${reason.gaugeId} ${whole(reason.levelCm)} 厘米，${signed(reason.riseCmPerHour)} 厘米/小时`;
    case "past_reports":
      return en ? `${reason.count} past waterlogging reports` : `历史积水记录 ${reason.count} 次`;
    case "reported_now":
      return en ? `${reason.count} waterlogging reports now` : `当前积水上报 ${reason.count} 件`;
    case "vulnerable_households":
      return en ? `${reason.count} vulnerable households` : `困难群体 ${reason.count} 户`;
  }
}

/** A score as the percentage it is a chance of. */
export function riskScoreText(score: number): string {
  return `${Math.round(score * 100)}%`;
}
