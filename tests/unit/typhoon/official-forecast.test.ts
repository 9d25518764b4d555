import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { forecastSchema } from "@/lib/contracts/forecast";
import { polarOffset } from "@/lib/domain/typhoon/polar-offset";
import { stormStateAt } from "@/lib/domain/typhoon/storm-state-at";
import { coneRadiusKm, forecastTrack, meanTrackErrorKm, officialForecast } from "@/scripts/typhoon/scenario/official-forecast";
import { replayStormFrom } from "@/scripts/typhoon/scenario/replay-storms";

const HOUR = 3_600_000;
const infa = replayStormFrom(readFileSync("datasets/typhoon/best-tracks.csv", "utf8"), "infa");
const issue = (issuedAtMs: number, seed = "s") => ({
  storm: infa.storm,
  stormId: infa.id,
  stormName: infa.name,
  source: "tonglan-replay",
  issuedAtMs,
  seed,
  instant: (t: number) => new Date(t).toISOString(),
});

describe("the replay's official forecast", () => {
  it("is a valid forecast for the feed, the same for a seed and another for another", () => {
    const at = Date.UTC(2021, 6, 25, 0);
    const forecast = officialForecast(issue(at))!;
    expect(forecastSchema.parse(forecast)).toEqual(forecast);
    expect(forecast.storm).toEqual({ id: "2106", name: "IN-FA" });
    expect(forecast.points.map((p) => p.leadHours)).toEqual([0, 12, 24, 36, 48, 72]);
    expect(forecast.cone.map((c) => c.leadHours)).toEqual([0, 12, 24, 36, 48, 72]);
    expect(officialForecast(issue(at))).toEqual(forecast);
    expect(officialForecast(issue(at, "other"))!.points[2]).not.toEqual(forecast.points[2]);
    // Near Shanghai In-Fa carries gales: the analysis has wind radii.
    expect(forecast.points[0]!.windRadiiKm?.gale.northEast).toBeGreaterThan(100);
  });

  it("leaves out leads past the track's end, and issues nothing where the storm does not exist", () => {
    const last = infa.storm.points.at(-1)!.timeMs;
    expect(officialForecast(issue(last - 30 * HOUR))!.points.map((p) => p.leadHours)).toEqual([0, 12, 24]);
    expect(officialForecast(issue(last + HOUR))).toBeNull();
  });

  it("errs by about 70 km at 24 hours, more with every lead, inside its cone two times in three", () => {
    const errors = new Map<number, number[]>();
    let inside = 0;
    let counted = 0;
    for (const seed of ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"]) {
      for (let t = Date.UTC(2021, 6, 20); t <= Date.UTC(2021, 6, 26); t += 6 * HOUR) {
        for (const { leadHours, state } of forecastTrack(issue(t, seed))) {
          const km = polarOffset(stormStateAt(infa.storm, t + leadHours * HOUR)!, state).distanceKm;
          errors.set(leadHours, [...(errors.get(leadHours) ?? []), km]);
          if (leadHours > 0) {
            counted++;
            if (km <= coneRadiusKm(leadHours)) inside++;
          }
        }
      }
    }
    const mean = (lead: number) => errors.get(lead)!.reduce((s, e) => s + e, 0) / errors.get(lead)!.length;
    expect(mean(0)).toBeLessThan(35);
    expect(mean(24)).toBeGreaterThan(55);
    expect(mean(24)).toBeLessThan(85);
    expect(mean(12)).toBeLessThan(mean(24));
    expect(mean(24)).toBeLessThan(mean(48));
    expect(mean(48)).toBeLessThan(mean(72));
    expect(inside / counted).toBeGreaterThan(0.55);
    expect(inside / counted).toBeLessThan(0.8);
    expect(meanTrackErrorKm(24)).toBe(70);
    expect(coneRadiusKm(72)).toBeGreaterThan(coneRadiusKm(24));
  });
});
