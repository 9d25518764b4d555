import { summonViewSchema, type SummonRequest, type SummonView } from "@/lib/contracts";
import { z } from "zod";

const listSchema = z.object({ summons: z.array(summonViewSchema) });

async function json(response: Response): Promise<unknown> {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error((body as { error?: { message?: string } }).error?.message ?? `HTTP ${response.status}`);
  return body;
}

export async function fetchCaseSummons(caseId: string): Promise<SummonView[]> {
  return listSchema.parse(await json(await fetch(`/api/cases/${caseId}/summons`, { cache: "no-store" }))).summons;
}

export async function fetchMySummons(): Promise<SummonView[]> {
  return listSchema.parse(await json(await fetch("/api/summons", { cache: "no-store" }))).summons;
}

export async function postSummons(caseId: string, request: SummonRequest): Promise<void> {
  await json(await fetch(`/api/cases/${caseId}/summons`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request) }));
}

export async function postReportIn(summonId: string): Promise<void> {
  await json(await fetch(`/api/summons/${summonId}/acknowledge`, { method: "POST" }));
}

export async function postDepartmentRating(summonId: string, department: string, score: number): Promise<void> {
  const response = await fetch(`/api/summons/${summonId}/ratings`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ department, score }),
  });
  if (!response.ok) await json(response);
}
