import { describe, expect, it } from "vitest";
import { gcj02ToWgs84, wgs84ToGcj02, type LngLat } from "@/lib/domain/geo/gcj02";
import { metersBetween } from "@/scripts/simulator/model/local-meters";

const meters = ([aLng, aLat]: LngLat, [bLng, bLat]: LngLat) => metersBetween({ lat: aLat, lng: aLng }, { lat: bLat, lng: bLng });

describe("GCJ-02", () => {
  it("matches the published reference value of the public formula", () => {
    // wandergis/coordtransform README: wgs84togcj02(116.404, 39.915)
    const [lng, lat] = wgs84ToGcj02([116.404, 39.915]);
    expect(lng).toBeCloseTo(116.41024449916938, 9);
    expect(lat).toBeCloseTo(39.91640428150164, 9);
  });

  it("offsets Shanghai by a few hundred metres to the south-east", () => {
    const peoplesSquare: LngLat = [121.4737, 31.2304];
    const shifted = wgs84ToGcj02(peoplesSquare);
    expect(shifted[0]).toBeGreaterThan(peoplesSquare[0]);
    expect(shifted[1]).toBeLessThan(peoplesSquare[1]);
    expect(meters(peoplesSquare, shifted)).toBeGreaterThan(300);
    expect(meters(peoplesSquare, shifted)).toBeLessThan(800);
  });

  it.each<{ place: string; point: LngLat }>([
    { place: "People's Square", point: [121.4737, 31.2304] },
    { place: "Pudong airport", point: [121.8, 31.15] },
    { place: "Jinshan", point: [121.25, 30.85] },
    { place: "Beijing", point: [116.404, 39.915] },
    { place: "Guangzhou", point: [113.2644, 23.1291] },
  ])("round-trips $place within 2 m", ({ point }) => {
    expect(meters(gcj02ToWgs84(wgs84ToGcj02(point)), point)).toBeLessThan(2);
    expect(meters(wgs84ToGcj02(gcj02ToWgs84(point)), point)).toBeLessThan(2);
  });

  it("leaves coordinates outside China unchanged", () => {
    expect(wgs84ToGcj02([2.3522, 48.8566])).toEqual([2.3522, 48.8566]);
    expect(gcj02ToWgs84([-74.006, 40.7128])).toEqual([-74.006, 40.7128]);
  });
});
