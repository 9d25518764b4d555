import type { Forecast, StoredForecast } from "@/lib/contracts";

const radii = (km: number) => ({ northEast: km, southEast: km, southWest: km * 0.8, northWest: km * 0.8 });

/**
 * A forecast of a storm moving north-west towards Shanghai by one degree of latitude and longitude per
 * 12 hours, issued `issuedAt`, from `lat`/`lon` at lead 0; gale and storm radii at lead 0.
 */
export function aForecast(issuedAt: string, lat: number, lon: number, overrides: Partial<Forecast> = {}): Forecast {
  const at = (hours: number) => new Date(Date.parse(issuedAt) + hours * 3_600_000).toISOString();
  return {
    source: "tonglan-replay",
    storm: { id: "2106", name: "烟花 In-Fa" },
    issuedAt,
    points: [0, 12, 24, 48].map((leadHours) => ({
      leadHours,
      validAt: at(leadHours),
      lat: lat + leadHours / 12,
      lon: lon - leadHours / 12,
      pressureHpa: 960 + leadHours / 2,
      maxWindMs: 40 - leadHours / 4,
      ...(leadHours === 0 && { windRadiiKm: { gale: radii(300), storm: radii(100) } }),
    })),
    cone: [
      { leadHours: 0, radiusKm: 0 },
      { leadHours: 24, radiusKm: 100 },
      { leadHours: 48, radiusKm: 200 },
    ],
    ...overrides,
  };
}

export function aStoredForecast(id: string, forecast: Forecast): StoredForecast {
  return { id, receivedAt: forecast.issuedAt, forecast };
}
