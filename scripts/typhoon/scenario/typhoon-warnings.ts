/**
 * The city weather service's typhoon warning signals (台风预警信号) as CAP 1.2, step by step, the way the
 * Shanghai Meteorological Service issues them under China's signal criteria (气象灾害预警信号发布与传播办法):
 *
 *   蓝色 blue    within 24 h, mean wind Beaufort 6+ (≥ 10.8 m/s)
 *   黄色 yellow  within 24 h, mean wind Beaufort 8+ (≥ 17.2 m/s)
 *   橙色 orange  within 12 h, mean wind Beaufort 10+ (≥ 24.5 m/s)
 *   红色 red     within 6 h,  mean wind Beaufort 12+ (≥ 32.7 m/s)
 *
 * The wind expected at the city is the wind model's (lib/domain/typhoon) at the city centre along the
 * storm's track, hour by hour; the criteria's gust alternative is left out, as the model gives mean winds.
 * A new signal is an Alert; a change of colour, or a signal 12 hours old, an Update of the message in force;
 * the end of the threat a Cancel. A lower colour or the all-clear waits until the signal has stood 3 hours,
 * so a wind hovering at a threshold does not make the signal flicker.
 */
import { capAlertSchema, type CapAlert, type CapInfo, type CapPoint } from "@/lib/contracts/cap-alert";
import { formatCapDateTime } from "@/lib/domain/alerts/cap-date-time";
import type { CityBounds } from "@/lib/domain/geo/city-bounds";
import type { Storm } from "@/lib/domain/typhoon/best-track";
import type { LatLon } from "@/lib/domain/typhoon/polar-offset";
import { stormStateAt } from "@/lib/domain/typhoon/storm-state-at";
import { stormWindField, surfaceWindAtPoint } from "@/lib/domain/typhoon/storm-wind-field";

const HOUR_MS = 3_600_000;
export const WARNING_SENDER = "smb@weather.sh.cn";
const SENDER_NAME = "上海中心气象台";
const LOOK_AHEAD_HOURS = 24;
const EXPIRES_AFTER_HOURS = 24;
/** However fast a replay runs, a warning stands this long on the wall clock, so a screen sees it before it lapses. */
export const MIN_EXPIRY_MS = 10 * 60_000;
export const RENEW_AFTER_HOURS = 12;
export const HOLD_BEFORE_EASING_HOURS = 3;

export type WarningColour = "blue" | "yellow" | "orange" | "red";

/** The signals from the highest down. The thresholds are the lower bounds of the Beaufort forces, 10-minute mean, m/s. */
export const WARNING_SIGNALS = [
  { colour: "red", nameZh: "红色", beaufort: 12, minWindMs: 32.7, withinHours: 6, severity: "Extreme", responseType: "Shelter" },
  { colour: "orange", nameZh: "橙色", beaufort: 10, minWindMs: 24.5, withinHours: 12, severity: "Severe", responseType: "Shelter" },
  { colour: "yellow", nameZh: "黄色", beaufort: 8, minWindMs: 17.2, withinHours: 24, severity: "Moderate", responseType: "Prepare" },
  { colour: "blue", nameZh: "蓝色", beaufort: 6, minWindMs: 10.8, withinHours: 24, severity: "Minor", responseType: "Prepare" },
] as const;

type Signal = (typeof WARNING_SIGNALS)[number];
const signalOf = (colour: WarningColour): Signal => WARNING_SIGNALS.find((s) => s.colour === colour)!;

/** The colour the criteria call for, given the wind expected at the city each hour from now (index h: h hours on); null: none. */
export function warningColour(cityWindByHourMs: readonly number[]): WarningColour | null {
  const strongestWithin = (hours: number) => Math.max(0, ...cityWindByHourMs.slice(0, hours + 1));
  return WARNING_SIGNALS.find((signal) => strongestWithin(signal.withinHours) >= signal.minWindMs)?.colour ?? null;
}

/** The model's mean surface wind at `city`, hour by hour over the next 24 h of the track (0 once the storm has ended). */
export function expectedCityWindsMs(storm: Storm, city: LatLon, fromMs: number): number[] {
  return Array.from({ length: LOOK_AHEAD_HOURS + 1 }, (_, hour) => {
    const state = stormStateAt(storm, fromMs + hour * HOUR_MS);
    return state ? surfaceWindAtPoint(stormWindField(state), city).speedMs : 0;
  });
}

export interface TyphoonWarningConfig {
  storm: Storm;
  /** As the forecasts name it: the JMA number and the name. */
  stormId: string;
  stormName: string;
  city: LatLon;
  /** The warned area: the box around the city's districts. */
  bounds: CityBounds;
  clock: WarningClock;
}

/**
 * The clock the warnings are dated by. A warning speaks of the present, and a server judges it in force by
 * its own clock, so a time-lapsed replay dates each one by when it is sent, and its expiry lasts as many storm
 * hours as a real one would, each `hourMs` long.
 */
export interface WarningClock {
  at: (stormTimeMs: number) => Date;
  hourMs: number;
}

interface InForce {
  colour: WarningColour;
  identifier: string;
  sent: string;
  issuedAtMs: number;
}

/**
 * A warning desk with memory of the signal in force: call it with each step's storm time, in order; it
 * answers with the CAP message that step issues, or null. The same storm and clock give the same messages.
 */
export function createTyphoonWarnings(config: TyphoonWarningConfig): (stormTimeMs: number) => CapAlert | null {
  let inForce: InForce | null = null;
  let issued = 0;
  return (stormTimeMs) => {
    const winds = expectedCityWindsMs(config.storm, config.city, stormTimeMs);
    const colour = warningColour(winds);
    const previous = inForce;
    if (!changesSignal(previous, colour, stormTimeMs)) return null;
    const sentAt = config.clock.at(stormTimeMs);
    const sent = formatCapDateTime(sentAt);
    // CAP times have whole seconds: at high speed two messages may share one, never an identifier.
    const identifier = `SMB-TY-${sent.slice(0, 19).replace(/\D/g, "")}-${++issued}`;
    const header = { identifier, sender: WARNING_SENDER, sent, status: "Actual", scope: "Public", codes: [] } as const;
    const references = previous ? `${WARNING_SENDER},${previous.identifier},${previous.sent}` : undefined;
    if (colour === null) {
      inForce = null;
      return capAlertSchema.parse({ ...header, msgType: "Cancel", references, infos: [cancelInfo(config, signalOf(previous!.colour), sent)] });
    }
    inForce = { colour, identifier, sent, issuedAtMs: stormTimeMs };
    const strongest = Math.max(...winds.slice(0, signalOf(colour).withinHours + 1));
    const info = warningInfo(config, signalOf(colour), previous && signalOf(previous.colour), strongest, sentAt);
    return capAlertSchema.parse({ ...header, msgType: previous ? "Update" : "Alert", references, infos: [info] });
  };
}

/** Whether a step calling for `colour` issues a message: a new, higher or (once held) lower signal, its end, or a renewal. */
function changesSignal(previous: InForce | null, colour: WarningColour | null, stormTimeMs: number): boolean {
  if (previous === null) return colour !== null;
  const ageMs = stormTimeMs - previous.issuedAtMs;
  if (colour === previous.colour) return ageMs >= RENEW_AFTER_HOURS * HOUR_MS;
  const easing = colour === null || signalOf(colour).beaufort < signalOf(previous.colour).beaufort;
  return !easing || ageMs >= HOLD_BEFORE_EASING_HOURS * HOUR_MS;
}

function warningInfo(config: TyphoonWarningConfig, signal: Signal, previous: Signal | null, strongestMs: number, sentAt: Date): CapInfo {
  const verb = previous === null || previous === signal ? "发布" : previous.beaufort < signal.beaufort ? "升级为" : "降级为";
  return {
    ...commonInfo(config, signal),
    responseTypes: [signal.responseType],
    urgency: "Expected",
    severity: signal.severity,
    certainty: "Likely",
    effective: formatCapDateTime(sentAt),
    expires: formatCapDateTime(new Date(sentAt.getTime() + Math.max(EXPIRES_AFTER_HOURS * config.clock.hourMs, MIN_EXPIRY_MS))),
    headline: `${SENDER_NAME}${verb}台风${signal.nameZh}预警信号`,
    description:
      `受台风${config.stormName}（${config.stormId}）影响，预计${signal.withinHours}小时内本市平均风力可达${signal.beaufort}级以上` +
      `（最大约${strongestMs.toFixed(1)}米/秒），并可能持续。`,
    instruction: signal.responseType === "Shelter" ? "停止户外集体活动，人员留在室内或转移到安全场所，加固或拆除易被风吹动的搭建物。" : "做好防风准备，关注最新预警，加固门窗、围板、棚架、广告牌等易被风吹动的搭建物。",
    parameters: [{ valueName: "expectedMaxWindMs", value: strongestMs.toFixed(1) }],
  };
}

function cancelInfo(config: TyphoonWarningConfig, signal: Signal, sent: string): CapInfo {
  return {
    ...commonInfo(config, signal),
    responseTypes: ["AllClear"],
    urgency: "Past",
    severity: "Minor",
    certainty: "Observed",
    effective: sent,
    headline: `${SENDER_NAME}解除台风${signal.nameZh}预警信号`,
    description: `台风${config.stormName}（${config.stormId}）对本市的风力影响已经减弱。`,
    parameters: [],
  };
}

function commonInfo(config: TyphoonWarningConfig, signal: Signal) {
  return {
    language: "zh-CN",
    categories: ["Met" as const],
    event: `台风${signal.nameZh}预警`,
    eventCodes: [],
    senderName: SENDER_NAME,
    resources: [],
    areas: [{ areaDesc: "上海市", polygons: [boxRing(config.bounds)], circles: [], geocodes: [{ valueName: "GB2260", value: "310000" }] }],
  };
}

function boxRing({ south, west, north, east }: CityBounds): CapPoint[] {
  return [
    { lat: south, lon: west },
    { lat: north, lon: west },
    { lat: north, lon: east },
    { lat: south, lon: east },
    { lat: south, lon: west },
  ];
}
