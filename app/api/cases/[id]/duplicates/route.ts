import { z } from "zod";
import { findCaseDuplicates } from "@/lib/pipeline/find-duplicates";
import { appContext } from "../../../_http/app-context";
import { errorResponse } from "../../../_http/error-response";
import { requireActor } from "../../../_http/require-actor";

export const dynamic = "force-dynamic";

/** Open cases that look like the same problem: same category, close by, reported about the same time, any channel. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const who = await requireActor(request, ["dispatcher", "operator", "admin"]);
  if (!who.ok) return who.response;
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return errorResponse(404, "not_found", `no case ${id}`);
  const app = await appContext();
  const duplicates = await findCaseDuplicates(app.pipeline, id);
  if (!duplicates) return errorResponse(404, "not_found", `no case ${id}`);
  return Response.json(duplicates, { headers: { "cache-control": "no-store" } });
}
