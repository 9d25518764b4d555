import { loadScreenMode } from "@/lib/db/repositories/screen-mode.repository";
import { typhoonWarningInForce } from "./load-alerts-in-force";
import { setTyphoonAlertInForce, type ScreenModeDeps } from "./set-screen-mode";

/**
 * Keeps typhoon mode with the warnings: on while a typhoon, rainstorm or flood warning is in force, off once none is.
 * Run after every stored alert (an Update or Cancel may end one) and each minute, since a warning also ends by
 * expiring, which no message announces. Publishes only a change.
 */
export async function followWarnings(deps: ScreenModeDeps): Promise<void> {
  const inForce = await typhoonWarningInForce(deps.db, deps.clock());
  const mode = await loadScreenMode(deps.db);
  if (mode.alertInForce !== inForce) await setTyphoonAlertInForce(deps, inForce);
}
