import type { AlertState, CapAlert, CapInfo } from "./cap-alert";

/** What deciding needs of a stored alert; an AlertSummary is one. */
export interface StoredAlertState {
  state: AlertState;
  alert: CapAlert;
}

/** Effective (or, without one, sent) at or before now, and not yet expired; no expiry: until cancelled. */
export function infoInForce(alert: CapAlert, info: CapInfo, now: Date): boolean {
  const start = Date.parse(info.effective ?? alert.sent);
  const end = info.expires === undefined ? Number.POSITIVE_INFINITY : Date.parse(info.expires);
  return start <= now.getTime() && now.getTime() < end;
}

/**
 * In force: a real (status Actual) Alert or Update, neither superseded nor cancelled, with an info
 * block whose window holds now. Exercises, tests, drafts, Cancel, Ack and Error messages never are.
 */
export function alertInForce(stored: StoredAlertState, now: Date): boolean {
  const { alert } = stored;
  if (stored.state !== "active" || alert.status !== "Actual") return false;
  if (alert.msgType !== "Alert" && alert.msgType !== "Update") return false;
  return alert.infos.some((info) => infoInForce(alert, info, now));
}

/** Typhoon, tropical cyclone, rainstorm and flood warnings, as Chinese and English services name them. */
const STORM_EVENT =
  /typhoon|tropical (cyclone|storm|depression)|hurricane|rain ?storm|heavy rain|flood|storm surge|台风|热带气旋|热带风暴|热带低压|暴雨|大暴雨|洪水|洪涝|内涝|山洪|风暴潮/i;
const WEATHER_CATEGORIES = new Set(["Met", "Geo", "Env"]);

/** An info block that warns of a storm's wind, rain or water: a meteorological (or hydrological) category and such an event. */
export function isStormWarning(info: CapInfo): boolean {
  if (info.urgency === "Past" || info.certainty === "Unlikely") return false;
  return info.categories.some((category) => WEATHER_CATEGORIES.has(category)) && STORM_EVENT.test(info.event);
}

/** The alerts with a typhoon, rainstorm or flood warning in force now. */
export function stormWarningsInForce<A extends StoredAlertState>(alerts: readonly A[], now: Date): A[] {
  return alerts.filter(
    (stored) => alertInForce(stored, now) && stored.alert.infos.some((info) => infoInForce(stored.alert, info, now) && isStormWarning(info)),
  );
}

/** True while a typhoon, rainstorm or flood warning is in force: what switches the screen into typhoon mode. */
export function typhoonAlertInForce(alerts: readonly StoredAlertState[], now: Date): boolean {
  return stormWarningsInForce(alerts, now).length > 0;
}
