import { httpErrorSchema } from "@/lib/contracts";
import { riskActionResultSchema, type RiskActionRequest, type RiskActionResult } from "@/lib/contracts/risk-action";

export type RiskActionPosted = { kind: "done"; result: RiskActionResult } | { kind: "signed_out" } | { kind: "failed"; message: string };

/** POST one click on a risk point's suggestion, and say plainly how it went. */
export async function postRiskAction(cell: string, request: RiskActionRequest): Promise<RiskActionPosted> {
  try {
    const response = await fetch(`/api/risk/cells/${cell}/actions`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(request),
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) return { kind: "done", result: riskActionResultSchema.parse(body) };
    if (response.status === 401) return { kind: "signed_out" };
    const error = httpErrorSchema.safeParse(body);
    return { kind: "failed", message: error.success ? error.data.error.message : `HTTP ${response.status}` };
  } catch (error) {
    return { kind: "failed", message: (error as Error).message };
  }
}
