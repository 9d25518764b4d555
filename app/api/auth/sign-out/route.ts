import { clearedSessionCookie, readSessionCookie } from "@/lib/domain/identity/session-cookie";
import { signOut } from "@/lib/pipeline/sign-out";
import { appContext } from "../../_http/app-context";
import { isSecureRequest } from "../../_http/request-transport";

export const dynamic = "force-dynamic";

/** Ends the session of the cookie, if any, and clears the cookie; signing out twice is fine. */
export async function POST(request: Request): Promise<Response> {
  const token = readSessionCookie(request.headers.get("cookie"));
  if (token) {
    const app = await appContext();
    await signOut({ db: app.database.db, sockets: app.sockets }, token);
  }
  return new Response(null, { status: 204, headers: { "set-cookie": clearedSessionCookie(isSecureRequest(request)) } });
}
