import { idempotencyKeySchema } from "@/lib/contracts/event-report";
import { casePhotosQuerySchema, photoFormFields } from "@/lib/contracts/photo";
import { roles } from "@/lib/contracts/roles";
import { photoTooLarge, uploadBodyLimit } from "@/lib/domain/photos/check-photo";
import { loadCasePhotos } from "@/lib/pipeline/list-case-photos";
import { storePhoto } from "@/lib/pipeline/store-photo";
import { appContext } from "../_http/app-context";
import { errorResponse, fieldProblems, validationError } from "../_http/error-response";
import { requireActor } from "../_http/require-actor";
import { photoDeps } from "./photo-deps";
import { readCappedBody } from "../_http/read-capped-body";

export const dynamic = "force-dynamic";

/**
 * One photo as multipart/form-data (field `photo`; `eventKey` when it goes with an event report):
 * 413 past MAX_PHOTO_BYTES, 415 unless its bytes are a JPEG, PNG or WebP, 403 when the report is
 * someone else's or was sent too long ago; 201 with its id once on disk.
 */
export async function POST(request: Request): Promise<Response> {
  const who = await requireActor(request, roles);
  if (!who.ok) return who.response;
  const app = await appContext();
  const maxBytes = app.config.MAX_PHOTO_BYTES;
  const tooLarge = () => {
    const problem = photoTooLarge(maxBytes);
    return errorResponse(problem.status, problem.code, problem.message);
  };
  const body = await readCappedBody(request, uploadBodyLimit(maxBytes));
  if (!body.ok) return tooLarge();

  let form: FormData;
  try {
    form = await new Response(body.bytes, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return errorResponse(400, "invalid_form", `send multipart/form-data with the photo in the field "${photoFormFields.photo}"`);
  }
  const photo = form.get(photoFormFields.photo);
  if (!(photo instanceof File)) {
    return errorResponse(400, "invalid_body", "the request has invalid fields", [{ path: photoFormFields.photo, message: "a file is required" }]);
  }
  if (photo.size > maxBytes) return tooLarge();
  const eventKey = form.get(photoFormFields.eventKey);
  const key = eventKey === null ? null : idempotencyKeySchema.safeParse(eventKey);
  if (key && !key.success) return validationError(key.error, photoFormFields.eventKey);

  const stored = await storePhoto(photoDeps(app), {
    bytes: new Uint8Array(await photo.arrayBuffer()),
    uploadedBy: who.user.id,
    eventKey: key?.data ?? null,
    maxBytes,
  });
  if (!stored.ok) return errorResponse(stored.status, stored.code, stored.message);
  return Response.json(stored.photo, { status: 201, headers: { location: stored.photo.url } });
}

/** GET /api/uploads?caseId=: the photos of a case, for whoever may see the case. */
export async function GET(request: Request): Promise<Response> {
  const who = await requireActor(request, roles);
  if (!who.ok) return who.response;
  const query = casePhotosQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return errorResponse(400, "invalid_query", "the query has invalid fields", fieldProblems(query.error, "query"));
  const app = await appContext();
  const outcome = await loadCasePhotos(app.database.db, query.data.caseId, who.actor);
  if (!outcome.ok) {
    return outcome.status === 404
      ? errorResponse(404, "not_found", `no case ${query.data.caseId}`)
      : errorResponse(403, "forbidden", "this case is outside your scope");
  }
  return Response.json({ photos: outcome.photos }, { headers: { "cache-control": "no-store" } });
}
