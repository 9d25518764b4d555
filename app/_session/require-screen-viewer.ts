import { redirect } from "next/navigation";
import { mayWatchScreen } from "@/lib/domain/identity/screen-access";
import { roleHome } from "@/lib/domain/identity/role-home";
import { currentAppContext } from "@/lib/runtime/shared-app-context";
import { pageSession } from "../report/page-session";

/**
 * The wall screen page follows its snapshot's and socket room's rule: without a session while the
 * screen is not public, sign in first; a role that may not watch the city goes to its own home.
 */
export async function requireScreenViewer(): Promise<void> {
  const [session, app] = await Promise.all([pageSession(), currentAppContext()]);
  if (mayWatchScreen(session?.actor ?? null, app.config.PUBLIC_SCREEN)) return;
  redirect(session ? roleHome(session.user.role) : "/sign-in?next=%2F");
}
