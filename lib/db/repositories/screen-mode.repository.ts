import type { Kysely, Selectable } from "kysely";
import type { ScreenMode } from "@/lib/contracts/screen-mode";
import { effectiveTyphoonMode } from "@/lib/domain/screen/screen-mode";
import type { Database, ScreenModeTable } from "../schema";

function toScreenMode(row: Selectable<ScreenModeTable>): ScreenMode {
  return {
    typhoon: effectiveTyphoonMode(row.typhoon_switch, row.alert_in_force),
    typhoonSwitch: row.typhoon_switch,
    alertInForce: row.alert_in_force,
    changedAt: new Date(row.changed_at).toISOString(),
    changedBy: row.changed_by,
  };
}

export async function loadScreenMode(db: Kysely<Database>): Promise<ScreenMode> {
  return toScreenMode(await db.selectFrom("screen_mode").selectAll().executeTakeFirstOrThrow());
}

export type ScreenModeChange = { typhoonSwitch: boolean } | { alertInForce: boolean };

/** Sets the switch or the alert flag and answers the mode after it, in one statement. */
export async function updateScreenMode(db: Kysely<Database>, change: ScreenModeChange, at: Date, by: string): Promise<ScreenMode> {
  const set = "typhoonSwitch" in change ? { typhoon_switch: change.typhoonSwitch } : { alert_in_force: change.alertInForce };
  const row = await db
    .updateTable("screen_mode")
    .set({ ...set, changed_at: at, changed_by: by })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toScreenMode(row);
}
