import { isSensorAlarmKey } from "@/lib/domain/sensors/sensor-alarm";

/**
 * How far apart a report's photo and the report itself may be taken in, either way round: the
 * report page uploads the photo first and sends the report once its form is filled in.
 * photos.repository.ts joins a photo to its report under the same rule.
 */
export const REPORT_PHOTO_WINDOW_MINUTES = 30;

/** A stored report, as the rule needs it: who reported it (the case it opened says) and when it came in. */
export interface ReportFacts {
  reporterId: string | null;
  receivedAt: Date;
}

export type ReportPhotoProblem =
  | { status: 403; code: "not_your_report"; message: string }
  | { status: 403; code: "report_photo_window_closed"; message: string };

const notYours: ReportPhotoProblem = { status: 403, code: "not_your_report", message: "photos join only a report of your own" };

/**
 * Why a photo uploaded by `uploaderId` at `uploadedAt` for the report under `eventKey` cannot join
 * it; null when it can, or cannot be told yet because the report is not stored (the photo then joins
 * only if the report, once stored, passes the same rule). Machines' reports take nobody's photos.
 */
export function reportPhotoProblem(eventKey: string, uploaderId: string, uploadedAt: Date, report: ReportFacts | undefined): ReportPhotoProblem | null {
  if (isSensorAlarmKey(eventKey)) return notYours;
  if (!report) return null;
  if (report.reporterId !== uploaderId) return notYours;
  if (Math.abs(uploadedAt.getTime() - report.receivedAt.getTime()) > REPORT_PHOTO_WINDOW_MINUTES * 60_000) {
    return { status: 403, code: "report_photo_window_closed", message: `a report takes photos only within ${REPORT_PHOTO_WINDOW_MINUTES} minutes of being sent` };
  }
  return null;
}
