import type { Snapshot } from "@/lib/contracts/snapshot";
import { listScreenCases } from "@/lib/db/repositories/cases.repository";
import { computeKpi } from "@/lib/db/repositories/kpi.repository";
import { loadWorkerSummaries } from "@/lib/pipeline/worker-summaries";
import { appContext } from "../_http/app-context";
import { refuseUnlessScreenViewer } from "../_http/require-screen-viewer";

export const dynamic = "force-dynamic";

const SCREEN_CASE_LIMIT = 5_000;

/** The screen's starting state, for whoever may join the screen's socket room. The seq is read first, so every later change is replayed on top. */
export async function GET(request: Request): Promise<Response> {
  const refused = await refuseUnlessScreenViewer(request);
  if (refused) return refused;
  const app = await appContext();
  const seq = await app.deltaLog.currentSeq();
  const [cases, workers, kpi] = await Promise.all([
    listScreenCases(app.database.db, SCREEN_CASE_LIMIT),
    loadWorkerSummaries(app.database.db, app.positions),
    computeKpi(app.database.db, new Date()),
  ]);
  const snapshot: Snapshot = { seq, cases, workers, kpi };
  return Response.json(snapshot, { headers: { "cache-control": "no-store" } });
}
