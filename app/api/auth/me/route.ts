import type { MeResponse } from "@/lib/contracts/identity";
import { roles } from "@/lib/contracts/roles";
import { requireActor } from "../../_http/require-actor";

export const dynamic = "force-dynamic";

/** The signed-in user, with role and scope; 401 without a session. */
export async function GET(request: Request): Promise<Response> {
  const signedIn = await requireActor(request, roles);
  if (!signedIn.ok) return signedIn.response;
  const answer: MeResponse = { user: signedIn.user };
  return Response.json(answer, { headers: { "cache-control": "no-store" } });
}
