import { idParamsSchema } from "@/lib/contracts/path-params";
import { householdHistory } from "@/lib/pipeline/care/household-history";
import { appContext } from "../../../../_http/app-context";
import { careResponse } from "../../../../_http/care-response";
import { parseParams } from "../../../../_http/parse-params";
import { requireActor } from "../../../../_http/require-actor";
import { careReaders } from "../../../../_http/care-roles";

export const dynamic = "force-dynamic";

/** The household's change history (who, when, which fields; never the values). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, careReaders);
  if (!who.ok) return who.response;
  const app = await appContext();
  return careResponse(await householdHistory(app.pipeline, path.params.id));
}
