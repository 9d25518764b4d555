import type { AppContext } from "@/lib/runtime/app-context";
import { currentAppContext } from "@/lib/runtime/shared-app-context";

/** The process's context, created by server.ts; route handlers share its connections. */
export function appContext(): Promise<AppContext> {
  return currentAppContext();
}
