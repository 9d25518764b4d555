/**
 * The rain that really falls on the city during the replay: R-CLIPER around the storm's centre
 * (lib/domain/typhoon/rcliper-rain.ts), scaled by the storm's enhancement, with structure R-CLIPER
 * does not have — spiral bands turning with the storm and convective cells drifting across the city —
 * so that neighbouring gauges disagree as real ones do. The mean of the structure is 1: it moves rain
 * around without adding any. The seed fixes the bands' and cells' phases.
 */
import type { Storm } from "@/lib/domain/typhoon/best-track";
import type { LatLon } from "@/lib/domain/typhoon/polar-offset";
import { polarOffset } from "@/lib/domain/typhoon/polar-offset";
import { stormRainRateMmH } from "@/lib/domain/typhoon/rcliper-rain";
import { stormStateAt, type StormState } from "@/lib/domain/typhoon/storm-state-at";
import { stormWindField } from "@/lib/domain/typhoon/storm-wind-field";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";

const BAND_SPACING_KM = 45;
const SPIRAL_ARMS = 2;
const BAND_AMPLITUDE = 0.6;
const CELL_WAVES = 4;
const CELL_AMPLITUDE = 0.8;
const KM_PER_DEGREE = 111.2;

export interface RainField {
  /** Rain rate at a point, mm/h, for the storm in `state` (null: the storm does not exist then, no rain). */
  rateMmH(state: StormState | null, point: LatLon): number;
}

export function createRainField(enhancement: number, seed: string): RainField {
  const random = createSeededRandom(`${seed}:rain-field`);
  const bandPhase = 2 * Math.PI * random.float();
  const waves = Array.from({ length: CELL_WAVES }, () => {
    const wavelengthKm = 8 + 17 * random.float();
    const direction = 2 * Math.PI * random.float();
    const periodHours = 1 + 2 * random.float();
    return {
      kEast: ((2 * Math.PI) / wavelengthKm) * Math.sin(direction),
      kNorth: ((2 * Math.PI) / wavelengthKm) * Math.cos(direction),
      omegaPerHour: (2 * Math.PI) / periodHours,
      phase: 2 * Math.PI * random.float(),
    };
  });
  const fields = new WeakMap<StormState, number>();

  const maxWindOf = (state: StormState) => {
    let wind = fields.get(state);
    if (wind === undefined) {
      wind = stormWindField(state).maxSurfaceWindMs;
      fields.set(state, wind);
    }
    return wind;
  };

  return {
    rateMmH(state, point) {
      if (!state) return 0;
      const base = stormRainRateMmH({ centre: state, maxSurfaceWindMs: maxWindOf(state) }, point, enhancement);
      const { distanceKm, bearingDeg } = polarOffset(state, point);
      const spiral = Math.cos((2 * Math.PI * distanceKm) / BAND_SPACING_KM - SPIRAL_ARMS * ((bearingDeg * Math.PI) / 180) + bandPhase);
      const eastKm = point.lon * KM_PER_DEGREE * Math.cos((point.lat * Math.PI) / 180);
      const northKm = point.lat * KM_PER_DEGREE;
      const hours = state.timeMs / 3_600_000;
      const cells = waves.reduce((sum, w) => sum + Math.cos(w.kEast * eastKm + w.kNorth * northKm - w.omegaPerHour * hours + w.phase), 0) / Math.sqrt(CELL_WAVES);
      return base * Math.max(0, 1 + BAND_AMPLITUDE * spiral + CELL_AMPLITUDE * cells);
    },
  };
}

/** The rain over every cell at a storm instant, in the cells' order: what the ground truth is stepped with. */
export function cellRainAt(storm: Storm, rain: RainField, cells: readonly { lat: number; lng: number }[]): (timeMs: number) => Float64Array {
  return (timeMs) => {
    const state = stormStateAt(storm, timeMs);
    return Float64Array.from(cells, (c) => rain.rateMmH(state, { lat: c.lat, lon: c.lng }));
  };
}
