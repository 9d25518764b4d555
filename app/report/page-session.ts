import { cookies } from "next/headers";
import { SESSION_COOKIE } from "@/lib/contracts/identity";
import { resolveSession, type ResolvedSession } from "@/lib/pipeline/resolve-session";
import { currentAppContext } from "@/lib/runtime/shared-app-context";

/** The signed-in user of a page request, if any: residents may report and follow without an account. */
export async function pageSession(): Promise<ResolvedSession | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const app = await currentAppContext();
  return resolveSession(app.database.db, token, new Date());
}
