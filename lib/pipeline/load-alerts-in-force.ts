import type { Kysely } from "kysely";
import type { AlertSummary } from "@/lib/contracts/cap-alert";
import { listAlertsInForce } from "@/lib/db/repositories/alerts.repository";
import type { Database } from "@/lib/db/schema";
import { alertInForce, typhoonAlertInForce } from "@/lib/contracts/alert-in-force";

/** The alerts in force at `now`, newest first: the database narrows, the domain rule decides. */
export async function loadAlertsInForce(db: Kysely<Database>, now: Date): Promise<AlertSummary[]> {
  return (await listAlertsInForce(db, now)).filter((alert) => alertInForce(alert, now));
}

/** Whether a typhoon, rainstorm or flood warning is in force at `now`: what typhoon mode follows. */
export async function typhoonWarningInForce(db: Kysely<Database>, now: Date): Promise<boolean> {
  return typhoonAlertInForce(await loadAlertsInForce(db, now), now);
}
