import { alertInForce, infoInForce, type AlertSummary, type CapInfo, type CapSeverity } from "@/lib/contracts";

/** One shape of a warning in force, as the map draws it: a ring of [lng, lat] and how severe. */
export interface WarningArea {
  /** `${alertId}:${info}:${area}:${shape}`, stable while the alert lasts. */
  id: string;
  alertId: string;
  severity: CapSeverity;
  ring: [number, number][];
}

/** A warning in force as the panel lists it. */
export interface WarningListing {
  alertId: string;
  severity: CapSeverity;
  title: string;
  areaNames: string[];
  expires: string | undefined;
  origin: AlertSummary["origin"];
}

const CIRCLE_SEGMENTS = 64;
const KM_PER_DEGREE_LAT = 111.32;

/** A CAP circle as a ring on the map (small circles: an equirectangular approximation is exact enough). */
export function circleRing(center: { lat: number; lon: number }, radiusKm: number): [number, number][] {
  const kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.cos((center.lat * Math.PI) / 180);
  return Array.from({ length: CIRCLE_SEGMENTS + 1 }, (_, i) => {
    const angle = (2 * Math.PI * (i % CIRCLE_SEGMENTS)) / CIRCLE_SEGMENTS;
    return [center.lon + (radiusKm * Math.cos(angle)) / kmPerDegreeLon, center.lat + (radiusKm * Math.sin(angle)) / KM_PER_DEGREE_LAT];
  });
}

/** The info blocks in force of an alert, one per language at most: the screen's language first, else the first. */
function shownInfo(alert: AlertSummary, language: string, now: Date): { info: CapInfo; index: number } | null {
  const inForce = alert.alert.infos.map((info, index) => ({ info, index })).filter(({ info }) => infoInForce(alert.alert, info, now));
  return inForce.find(({ info }) => info.language?.toLowerCase().startsWith(language)) ?? inForce[0] ?? null;
}

/** Shapes of the alerts in force, the most severe last so they are drawn on top. */
export function warningAreas(alerts: Iterable<AlertSummary>, language: string, now: Date): WarningArea[] {
  const areas: WarningArea[] = [];
  for (const alert of alerts) {
    if (!alertInForce(alert, now)) continue;
    const shown = shownInfo(alert, language, now);
    if (!shown) continue;
    shown.info.areas.forEach((area, areaIndex) => {
      const base = `${alert.id}:${shown.index}:${areaIndex}`;
      const severity = shown.info.severity;
      area.polygons.forEach((polygon, i) => areas.push({ id: `${base}:p${i}`, alertId: alert.id, severity, ring: polygon.map((point) => [point.lon, point.lat]) }));
      area.circles.forEach((circle, i) => areas.push({ id: `${base}:c${i}`, alertId: alert.id, severity, ring: circleRing(circle.center, circle.radiusKm) }));
    });
  }
  return areas.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}

export const severityRank: Record<CapSeverity, number> = { Unknown: 0, Minor: 1, Moderate: 2, Severe: 3, Extreme: 4 };

/** The alerts in force, most severe first, then the newest. */
export function warningListings(alerts: Iterable<AlertSummary>, language: string, now: Date): WarningListing[] {
  const listings: (WarningListing & { sent: number })[] = [];
  for (const alert of alerts) {
    if (!alertInForce(alert, now)) continue;
    const shown = shownInfo(alert, language, now);
    if (!shown) continue;
    const { info } = shown;
    listings.push({
      alertId: alert.id,
      severity: info.severity,
      title: info.headline ?? info.event,
      areaNames: info.areas.map((area) => area.areaDesc),
      expires: info.expires,
      origin: alert.origin,
      sent: Date.parse(alert.alert.sent),
    });
  }
  return listings.sort((a, b) => severityRank[b.severity] - severityRank[a.severity] || b.sent - a.sent).map(({ sent: _sent, ...listing }) => listing);
}
