import { readSessionCookie } from "@/lib/domain/identity/session-cookie";
import { resolveSession, type ResolvedSession } from "@/lib/pipeline/resolve-session";
import { appContext } from "./app-context";

/** Who sent the request when a live session cookie came with it; null for anyone else, never an error. */
export async function optionalSession(request: Request): Promise<ResolvedSession | null> {
  const token = readSessionCookie(request.headers.get("cookie"));
  if (!token) return null;
  const app = await appContext();
  return resolveSession(app.database.db, token, new Date());
}
