/**
 * Rain a forecast promises a place: the storm walks the forecast track (linear between forecast points, which
 * a service issues every 3–12 h) and R-CLIPER gives the rate at the place's distance from the centre; the
 * accumulation over a window is the rate integrated in quarter-hour steps. Beyond the forecast's last point the
 * storm is not known and adds nothing.
 */
import type { Forecast } from "@/lib/contracts/forecast";
import { stormRainRateMmH } from "@/lib/domain/typhoon/rcliper-rain";
import type { LatLon } from "@/lib/domain/typhoon/polar-offset";

const STEP_MS = 15 * 60_000;

export interface ForecastCentre {
  centre: LatLon;
  maxSurfaceWindMs: number;
}

export function forecastCentreAt(forecast: Forecast, timeMs: number): ForecastCentre | null {
  const points = forecast.points;
  for (const [index, point] of points.entries()) {
    const at = Date.parse(point.validAt);
    if (at === timeMs) return { centre: { lat: point.lat, lon: point.lon }, maxSurfaceWindMs: point.maxWindMs };
    const next = points[index + 1];
    if (!next) break;
    const nextAt = Date.parse(next.validAt);
    if (timeMs > at && timeMs < nextAt) {
      const f = (timeMs - at) / (nextAt - at);
      return {
        centre: { lat: point.lat + f * (next.lat - point.lat), lon: point.lon + f * (next.lon - point.lon) },
        maxSurfaceWindMs: point.maxWindMs + f * (next.maxWindMs - point.maxWindMs),
      };
    }
  }
  return null;
}

/** Millimetres the forecast brings to `place` between `fromMs` and `toMs`, scaled by `enhancementFactor`. */
export function forecastRainMm(forecast: Forecast, place: LatLon, fromMs: number, toMs: number, enhancementFactor = 1): number {
  let total = 0;
  for (let start = fromMs; start < toMs; start += STEP_MS) {
    const step = Math.min(STEP_MS, toMs - start);
    const storm = forecastCentreAt(forecast, start + step / 2);
    if (storm) total += (stormRainRateMmH(storm, place, enhancementFactor) * step) / 3_600_000;
  }
  return total;
}
