import type { EventReport } from "@/lib/contracts/event-report";

/** A valid report at People's Square, in a category of the demo catalogue. */
export function sampleReport(overrides: Partial<EventReport> = {}): EventReport {
  return {
    channel: "resident_app",
    category: "garbage_pileup",
    description: "小区门口垃圾堆积，无人清运",
    location: { lat: 31.2304, lng: 121.4737 },
    ...overrides,
  };
}

export async function postEvent(baseUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/events`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
