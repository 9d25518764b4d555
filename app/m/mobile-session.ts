import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { parseLanguage, type Language } from "@/app/_i18n/languages";
import type { SessionUser } from "@/lib/contracts/identity";
import { readSessionCookie } from "@/lib/domain/identity/session-cookie";
import { roleHome } from "@/lib/domain/identity/role-home";
import { resolveSession } from "@/lib/pipeline/resolve-session";
import { currentAppContext } from "@/lib/runtime/shared-app-context";

export interface MobileSession {
  user: SessionUser;
  maxPhotoBytes: number;
}

/**
 * The phone pages are for grid workers and department staff: without a session, sign in and come
 * back to `path`; any other role goes to its own home.
 */
export async function requireMobileSession(path: string): Promise<MobileSession> {
  const app = await currentAppContext();
  const token = readSessionCookie((await headers()).get("cookie"));
  const session = token ? await resolveSession(app.database.db, token, new Date()) : null;
  if (!session) redirect(`/sign-in?${new URLSearchParams({ next: path })}`);
  const { role } = session.user;
  if (role !== "grid_worker" && role !== "department_staff") redirect(roleHome(role));
  return { user: session.user, maxPhotoBytes: app.config.MAX_PHOTO_BYTES };
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** `?lang=` as the pages pass it on to the language provider. */
export async function requestedLanguage(searchParams: SearchParams): Promise<Language | null> {
  const { lang } = await searchParams;
  return parseLanguage(typeof lang === "string" ? lang : null);
}
