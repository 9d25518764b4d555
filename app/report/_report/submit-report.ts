import { eventAcceptedSchema, type EventAccepted, type EventReport, type GeoLocation } from "@/lib/contracts";

export interface ReportDraft {
  category: string;
  description: string;
  location: GeoLocation;
}

export type SubmitOutcome = { ok: true; accepted: EventAccepted } | { ok: false; kind: "invalid"; detail: string } | { ok: false; kind: "failed" };

/** Posts the report under the form's key; the session cookie, if any, makes the user its reporter. */
export async function submitReport(key: string, draft: ReportDraft): Promise<SubmitOutcome> {
  const report: EventReport = { channel: "resident_app", ...draft };
  try {
    const response = await fetch("/api/events", {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": key },
      body: JSON.stringify(report),
    });
    if (response.status === 202) return { ok: true, accepted: eventAcceptedSchema.parse(await response.json()) };
    if (response.status === 400 || response.status === 413) {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string; fields?: { path: string; message: string }[] } } | null;
      const detail = body?.error?.fields?.map((f) => `${f.path}: ${f.message}`).join("; ") ?? body?.error?.message ?? String(response.status);
      return { ok: false, kind: "invalid", detail };
    }
    return { ok: false, kind: "failed" };
  } catch {
    return { ok: false, kind: "failed" };
  }
}
