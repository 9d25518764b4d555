import { riskHorizonHours, riskQuerySchema, type RiskMapView } from "@/lib/contracts/risk";
import { latestRiskComputation } from "@/lib/db/repositories/risk.repository";
import { appContext } from "../_http/app-context";
import { validationError } from "../_http/error-response";
import { requireActor } from "../_http/require-actor";

export const dynamic = "force-dynamic";

/** The latest flood-risk map for a horizon, highest score first (lib/pipeline/compute-risk.ts). */
export async function GET(request: Request): Promise<Response> {
  const who = await requireActor(request, ["operator", "leader", "dispatcher", "admin"]);
  if (!who.ok) return who.response;
  const query = riskQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(query.error, "query");
  const app = await appContext();
  const latest = await latestRiskComputation(app.database.db, riskHorizonHours(query.data.horizon));
  const view: RiskMapView = {
    computedAt: latest?.computedAt.toISOString() ?? null,
    inputsAsOf: latest?.inputsAsOf.toISOString() ?? null,
    horizon: query.data.horizon,
    cells: latest?.cells ?? [],
  };
  return Response.json(view, { headers: { "cache-control": "no-store" } });
}
