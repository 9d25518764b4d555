import { screenModeRequestSchema } from "@/lib/contracts/screen-mode";
import { loadScreenMode } from "@/lib/db/repositories/screen-mode.repository";
import { switchTyphoonMode } from "@/lib/pipeline/set-screen-mode";
import { appContext } from "../../_http/app-context";
import { readValidJsonBody } from "../../_http/read-valid-json-body";
import { requireActor } from "../../_http/require-actor";
import { refuseUnlessScreenViewer } from "../../_http/require-screen-viewer";

export const dynamic = "force-dynamic";

/** The wall screen's mode: typhoon mode by the switch or by an alert in force. */
export async function GET(request: Request): Promise<Response> {
  const refusal = await refuseUnlessScreenViewer(request);
  if (refusal) return refusal;
  const app = await appContext();
  return Response.json(await loadScreenMode(app.database.db), { headers: { "cache-control": "no-store" } });
}

/** An operator, leader or admin switches typhoon mode on or off for every screen. */
export async function PUT(request: Request): Promise<Response> {
  const who = await requireActor(request, ["operator", "leader", "admin"]);
  if (!who.ok) return who.response;
  const parsed = await readValidJsonBody(request, 1024, screenModeRequestSchema);
  if (!parsed.ok) return parsed.response;
  const app = await appContext();
  const mode = await switchTyphoonMode(app.pipeline, parsed.data.typhoon, who.user.displayName);
  return Response.json(mode);
}
