import type { AppContext } from "./app-context";

const GLOBAL_KEY = Symbol.for("tonglan.appContext");
type GlobalWithContext = typeof globalThis & { [GLOBAL_KEY]?: Promise<AppContext> };

/**
 * Next bundles route handlers apart from server.ts, so module state is not shared between them;
 * the process's context lives on globalThis instead. server.ts registers it before Next starts.
 */
export function registerAppContext(context: Promise<AppContext>): void {
  (globalThis as GlobalWithContext)[GLOBAL_KEY] = context;
}

export function currentAppContext(): Promise<AppContext> {
  const context = (globalThis as GlobalWithContext)[GLOBAL_KEY];
  if (!context) throw new Error("no application context: tonglan's web process must be started through server.ts");
  return context;
}
