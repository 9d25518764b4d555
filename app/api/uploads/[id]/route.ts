import { idParamsSchema } from "@/lib/contracts/path-params";
import { roles } from "@/lib/contracts/roles";
import { loadPhoto } from "@/lib/pipeline/load-photo";
import { appContext } from "../../_http/app-context";
import { errorResponse } from "../../_http/error-response";
import { parseParams } from "../../_http/parse-params";
import { requireActor } from "../../_http/require-actor";
import { photoDeps } from "../photo-deps";

export const dynamic = "force-dynamic";

/** One photo, to its uploader or to whoever may see the case it belongs to. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, roles);
  if (!who.ok) return who.response;
  const { id } = path.params;
  const app = await appContext();
  const outcome = await loadPhoto(photoDeps(app), id, who.actor);
  if (!outcome.ok) {
    return outcome.status === 404
      ? errorResponse(404, "not_found", `no photo ${id}`)
      : errorResponse(403, "forbidden", "this photo belongs to a case outside your scope");
  }
  return new Response(new Uint8Array(outcome.bytes), {
    headers: {
      "content-type": outcome.mime,
      "content-length": String(outcome.bytes.byteLength),
      // A photo id never names other bytes; only the browser of someone allowed may keep it.
      "cache-control": "private, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
