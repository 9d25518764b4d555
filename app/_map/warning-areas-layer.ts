import { PolygonLayer } from "@deck.gl/layers";
import type { CapSeverity } from "@/lib/contracts";
import type { WarningArea } from "./warning-areas";

/** China's warning colours by CAP severity: blue, yellow, orange, red; grey when unknown. */
export const severityColors: Record<CapSeverity, readonly [number, number, number]> = {
  Minor: [59, 130, 246],
  Moderate: [250, 204, 21],
  Severe: [249, 115, 22],
  Extreme: [239, 68, 68],
  Unknown: [148, 163, 184],
};

/** Warning areas of CAP alerts in force: translucent fills with a bright outline, coloured by severity. */
export function warningAreasLayer(areas: readonly WarningArea[]) {
  return new PolygonLayer<WarningArea>({
    id: "warning-areas",
    data: areas,
    getPolygon: (area) => area.ring,
    getFillColor: (area) => [...severityColors[area.severity], 46],
    getLineColor: (area) => [...severityColors[area.severity], 230],
    lineWidthUnits: "pixels",
    getLineWidth: 2,
    stroked: true,
    filled: true,
    pickable: false,
  });
}
