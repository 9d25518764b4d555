import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SESSION_COOKIE } from "@/lib/contracts/identity";
import type { Role } from "@/lib/contracts/roles";
import { resolveSession, type ResolvedSession } from "@/lib/pipeline/resolve-session";
import { currentAppContext } from "@/lib/runtime/shared-app-context";

/** For server-rendered pages: the signed-in session, or a redirect to sign in (and back to `path`). */
export async function requirePageSession(path: string, allowed: readonly Role[]): Promise<ResolvedSession> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const { database } = await currentAppContext();
  const session = token ? await resolveSession(database.db, token, new Date()) : null;
  if (!session || !allowed.includes(session.user.role)) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return session;
}
