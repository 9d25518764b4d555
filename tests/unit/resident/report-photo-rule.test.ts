import { describe, expect, it } from "vitest";
import { REPORT_PHOTO_WINDOW_MINUTES, reportPhotoProblem } from "@/lib/domain/photos/report-photo-rule";
import { sensorAlarmKey } from "@/lib/domain/sensors/sensor-alarm";

const sentAt = new Date("2026-07-25T02:00:00Z");
const report = { reporterId: "user-a", receivedAt: sentAt };
const minutesFromReport = (n: number) => new Date(sentAt.getTime() + n * 60_000);

describe("reportPhotoProblem", () => {
  it("lets the reporter add photos from the window before the report to the window after it", () => {
    expect(reportPhotoProblem("key-0001", "user-a", minutesFromReport(-REPORT_PHOTO_WINDOW_MINUTES), report)).toBeNull();
    expect(reportPhotoProblem("key-0001", "user-a", minutesFromReport(REPORT_PHOTO_WINDOW_MINUTES), report)).toBeNull();
  });

  it("closes the report to its own reporter's photos past the window", () => {
    expect(reportPhotoProblem("key-0001", "user-a", minutesFromReport(REPORT_PHOTO_WINDOW_MINUTES + 1), report)?.code).toBe("report_photo_window_closed");
  });

  it("refuses anyone but the reporter, and anyone at all for a report nobody signed in sent", () => {
    expect(reportPhotoProblem("key-0001", "user-b", sentAt, report)?.code).toBe("not_your_report");
    expect(reportPhotoProblem("key-0001", "user-a", sentAt, { reporterId: null, receivedAt: sentAt })?.code).toBe("not_your_report");
    expect(reportPhotoProblem("key-0001", "user-a", sentAt, { reporterId: "anonymous:e1", receivedAt: sentAt })?.code).toBe("not_your_report");
  });

  it("defers to the stored report when there is none yet, except under a sensor's key, which nobody may use", () => {
    expect(reportPhotoProblem("key-0001", "user-b", sentAt, undefined)).toBeNull();
    expect(reportPhotoProblem(sensorAlarmKey("WM-0001", sentAt), "user-a", sentAt, undefined)?.code).toBe("not_your_report");
  });
});
