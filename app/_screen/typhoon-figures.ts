import type { Kpi, ResourceSummary } from "@/lib/contracts";
import type { GaugePoint } from "@/app/_map/gauge-layers";

/** The typhoon panel's numbers, from the gauges and cases in force (live or replayed) and the live resources. */
export interface TyphoonFigures {
  /** Mean over the rain gauges that reported, mm/h; null when none did. */
  readonly rainNow: number | null;
  readonly rainPeak: { readonly id: string; readonly value: number } | null;
  readonly waterOverAlarm: number;
  readonly casesLastHour: number | null;
  /** The median of the last day's hours before this one: what an ordinary hour brings. */
  readonly ordinaryHour: number | null;
  readonly backlog: number | null;
  readonly overdue: number | null;
  readonly shelters: { readonly full: number; readonly open: number; readonly people: number; readonly capacity: number };
  /** Pumps, teams and vehicles out (en route or on scene), of each kind's total. */
  readonly deployed: Readonly<Record<"pump" | "team" | "vehicle", { readonly out: number; readonly total: number }>>;
}

export interface FigureSources {
  readonly gauges: readonly GaugePoint[];
  readonly kpi: Kpi | null;
  readonly resources: ReadonlyMap<string, ResourceSummary>;
  /** Overdue open cases (from the hexagons' counts). */
  readonly overdue: number | null;
  /** Replayed: the cases opened in the hour before the cursor; live: null, the KPI's current hour is used. */
  readonly replayedCasesLastHour: number | null;
}

export function typhoonFigures(sources: FigureSources): TyphoonFigures {
  const rain = sources.gauges.filter((g) => g.kind === "rain_gauge" && g.value !== null);
  const rainPeak = rain.reduce<GaugePoint | null>((peak, g) => (peak && peak.value! >= g.value! ? peak : g), null);
  const hours = sources.kpi?.lastDay ?? [];
  const shelters = { full: 0, open: 0, people: 0, capacity: 0 };
  const deployed = { pump: { out: 0, total: 0 }, team: { out: 0, total: 0 }, vehicle: { out: 0, total: 0 } };
  for (const resource of sources.resources.values()) {
    if (resource.kind === "shelter") {
      if (resource.state === "full") shelters.full += 1;
      if (resource.state === "open") shelters.open += 1;
      shelters.people += resource.occupancy ?? 0;
      shelters.capacity += resource.capacity ?? 0;
    } else if (resource.kind === "pump" || resource.kind === "team" || resource.kind === "vehicle") {
      deployed[resource.kind].total += 1;
      if (resource.state === "en_route" || resource.state === "on_scene") deployed[resource.kind].out += 1;
    }
  }
  return {
    rainNow: rain.length === 0 ? null : rain.reduce((sum, g) => sum + g.value!, 0) / rain.length,
    rainPeak: rainPeak && { id: rainPeak.id, value: rainPeak.value! },
    waterOverAlarm: sources.gauges.filter((g) => g.kind === "water_level" && g.value !== null && g.alarmAbove !== null && g.value >= g.alarmAbove).length,
    casesLastHour: sources.replayedCasesLastHour ?? hours.at(-1)?.reported ?? null,
    ordinaryHour: median(hours.slice(0, -1).map((h) => h.reported)),
    backlog: sources.kpi?.openCases ?? null,
    overdue: sources.overdue,
    shelters,
    deployed,
  };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
