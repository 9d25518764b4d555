import { caseSummarySchema, httpErrorSchema, type CaseActionRequest, type CaseSummary } from "@/lib/contracts";

export type ActionResult =
  | { kind: "done"; case: CaseSummary }
  | { kind: "conflict" }
  | { kind: "worker_unavailable" }
  | { kind: "signed_out" }
  | { kind: "failed"; message: string };

/** POST one move of the closed loop on the version the dispatcher saw, and say plainly how it went. */
export async function postCaseAction(caseId: string, request: CaseActionRequest): Promise<ActionResult> {
  try {
    const response = await fetch(`/api/cases/${caseId}/actions`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(request),
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) return { kind: "done", case: caseSummarySchema.parse((body as { case: unknown }).case) };
    if (response.status === 401) return { kind: "signed_out" };
    const error = httpErrorSchema.safeParse(body);
    const code = error.success ? error.data.error.code : "";
    if (code === "version_conflict") return { kind: "conflict" };
    if (code === "worker_unavailable") return { kind: "worker_unavailable" };
    return { kind: "failed", message: error.success ? error.data.error.message : `HTTP ${response.status}` };
  } catch (error) {
    return { kind: "failed", message: (error as Error).message };
  }
}
