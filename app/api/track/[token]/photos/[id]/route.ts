import { trackedPhotoParamsSchema } from "@/lib/contracts/path-params";
import { loadTrackedPhoto } from "@/lib/pipeline/load-tracked-photo";
import { appContext } from "../../../../_http/app-context";
import { errorResponse } from "../../../../_http/error-response";
import { parseParams } from "../../../../_http/parse-params";
import { photoDeps } from "../../../../uploads/photo-deps";

export const dynamic = "force-dynamic";

/** A photo of the tracked case (the report's own, or the worker's after the fix). */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string; id: string }> }): Promise<Response> {
  const path = await parseParams(params, trackedPhotoParamsSchema, "no such photo behind this link");
  if (!path.ok) return path.response;
  const { token, id } = path.params;
  const app = await appContext();
  const outcome = await loadTrackedPhoto(photoDeps(app), token, id);
  if (!outcome.ok) return errorResponse(404, "not_found", "no such photo behind this link");
  return new Response(new Uint8Array(outcome.bytes), {
    headers: {
      "content-type": outcome.mime,
      "content-length": String(outcome.bytes.byteLength),
      "cache-control": "private, max-age=31536000, immutable",
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
