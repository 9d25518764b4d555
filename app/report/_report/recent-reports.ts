import { z } from "zod";

const storageKey = "tonglan.reports";
const keep = 10;

const recentReportSchema = z.object({ trackingUrl: z.string().startsWith("/track/"), category: z.string(), at: z.string() });
export type RecentReport = z.infer<typeof recentReportSchema>;

/** Reports sent from this browser, newest first: an anonymous resident's way back to their links. */
export function readRecentReports(): RecentReport[] {
  try {
    const parsed = z.array(recentReportSchema).safeParse(JSON.parse(window.localStorage.getItem(storageKey) ?? "[]"));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function rememberReport(report: RecentReport): RecentReport[] {
  const reports = [report, ...readRecentReports().filter((r) => r.trackingUrl !== report.trackingUrl)].slice(0, keep);
  window.localStorage.setItem(storageKey, JSON.stringify(reports));
  return reports;
}
