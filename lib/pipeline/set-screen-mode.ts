import type { Kysely } from "kysely";
import type { ScreenMode } from "@/lib/contracts/screen-mode";
import { updateScreenMode, type ScreenModeChange } from "@/lib/db/repositories/screen-mode.repository";
import type { Database } from "@/lib/db/schema";
import type { ScreenPublisher } from "@/lib/realtime/screen-publisher";

export interface ScreenModeDeps {
  db: Kysely<Database>;
  publisher: Pick<ScreenPublisher, "publish">;
  clock: () => Date;
}

async function changeScreenMode(deps: ScreenModeDeps, change: ScreenModeChange, by: string): Promise<ScreenMode> {
  const mode = await updateScreenMode(deps.db, change, deps.clock(), by);
  await deps.publisher.publish([{ kind: "screen-mode", mode }]);
  return mode;
}

/** An operator's or leader's switch (PUT /api/screen/mode): stored, then pushed to every screen. */
export function switchTyphoonMode(deps: ScreenModeDeps, typhoon: boolean, by: string): Promise<ScreenMode> {
  return changeScreenMode(deps, { typhoonSwitch: typhoon }, by);
}

/**
 * For the alerts' intake: whether a typhoon or rainstorm alert is in force. While one is, the screens
 * stay in typhoon mode whatever the switch says.
 */
export function setTyphoonAlertInForce(deps: ScreenModeDeps, inForce: boolean): Promise<ScreenMode> {
  return changeScreenMode(deps, { alertInForce: inForce }, "alert");
}
