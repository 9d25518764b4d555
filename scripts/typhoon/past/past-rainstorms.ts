/**
 * Heavy rains of past years over the demo city, played over the hidden ground truth to seed what a real
 * city keeps: the waterlogging spots reported in them. Not In-Fa or Lekima (the backtest's storms): four
 * invented events — a slow plum-rain (梅雨) downpour, two short summer convective storms, a typhoon's
 * outer band — each a few rain cores drifting across the city over a broad background rain.
 */
import type { Random } from "@/scripts/simulator/model/seeded-random";

export interface PastRainstorm {
  name: string;
  hours: number;
  backgroundMmH: number;
  cores: { lat: number; lng: number; radiusKm: number; peakMmH: number; driftEastKmH: number; driftNorthKmH: number }[];
}

const KM_PER_DEGREE = 111.2;
const CITY = { lat: 31.2304, lng: 121.4737 };

const EVENTS = [
  { name: "plum-rain downpour", hours: 6, backgroundMmH: 6, cores: 3, peakMmH: [30, 45], radiusKm: [4, 8], driftKmH: 5 },
  { name: "summer convective storm A", hours: 2, backgroundMmH: 4, cores: 3, peakMmH: [60, 90], radiusKm: [2, 4], driftKmH: 15 },
  { name: "summer convective storm B", hours: 2, backgroundMmH: 5, cores: 3, peakMmH: [55, 80], radiusKm: [2, 4], driftKmH: 12 },
  { name: "typhoon outer band", hours: 4, backgroundMmH: 12, cores: 2, peakMmH: [30, 45], radiusKm: [5, 10], driftKmH: 20 },
] as const;

export function pastRainstorms(random: Random): PastRainstorm[] {
  return EVENTS.map((event) => ({
    name: event.name,
    hours: event.hours,
    backgroundMmH: event.backgroundMmH,
    cores: Array.from({ length: event.cores }, () => {
      const direction = 2 * Math.PI * random.float();
      return {
        lat: CITY.lat + (random.float() - 0.5) * 0.16,
        lng: CITY.lng + (random.float() - 0.5) * 0.2,
        radiusKm: event.radiusKm[0] + (event.radiusKm[1] - event.radiusKm[0]) * random.float(),
        peakMmH: event.peakMmH[0] + (event.peakMmH[1] - event.peakMmH[0]) * random.float(),
        driftEastKmH: event.driftKmH * Math.sin(direction),
        driftNorthKmH: event.driftKmH * Math.cos(direction),
      };
    }),
  }));
}

/** Rain rate at a place `hours` into the event, mm/h. */
export function pastRainMmH(storm: PastRainstorm, place: { lat: number; lng: number }, hours: number): number {
  let rain = storm.backgroundMmH;
  for (const core of storm.cores) {
    const northKm = (place.lat - core.lat) * KM_PER_DEGREE - core.driftNorthKmH * hours;
    const eastKm = (place.lng - core.lng) * KM_PER_DEGREE * Math.cos((place.lat * Math.PI) / 180) - core.driftEastKmH * hours;
    rain += core.peakMmH * Math.exp(-((northKm ** 2 + eastKm ** 2) / core.radiusKm ** 2));
  }
  return rain;
}
