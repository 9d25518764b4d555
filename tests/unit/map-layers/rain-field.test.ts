import { cellToLatLng, getResolution, latLngToCell } from "h3-js";
import { describe, expect, it } from "vitest";
import { gaugesLayer } from "@/app/_map/gauge-layers";
import { levelColor, levelColors, rainColor } from "@/app/_map/gauge-colors";
import { fieldCells, interpolateRain, RAIN_FIELD_RESOLUTION } from "@/app/_map/rain-field";

describe("rain field", () => {
  const gauges = [
    { lat: 31.2, lng: 121.4, value: 40 },
    { lat: 31.2, lng: 121.5, value: 0 },
  ];

  it("covers the gauges' extent with res-7 hexes", () => {
    const cells = fieldCells(gauges);
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.every((cell) => getResolution(cell) === RAIN_FIELD_RESOLUTION)).toBe(true);
    for (const g of gauges) expect(cells).toContain(latLngToCell(g.lat, g.lng, RAIN_FIELD_RESOLUTION));
    expect(fieldCells([])).toEqual([]);
  });

  it("weights gauges by inverse squared distance: a gauge's own cell reads near it, the midpoint between two their mean", () => {
    const own = latLngToCell(31.2, 121.4, RAIN_FIELD_RESOLUTION);
    const [midLat, midLng] = cellToLatLng(latLngToCell(31.2, 121.45, RAIN_FIELD_RESOLUTION));
    const field = interpolateRain([own, latLngToCell(midLat, midLng, RAIN_FIELD_RESOLUTION)], gauges);
    expect(field.values[0]).toBeGreaterThan(35);
    expect(field.values[1]).toBeGreaterThan(12);
    expect(field.values[1]).toBeLessThan(28);
  });

  it("leaves cells beyond every gauge's reach dry", () => {
    const far = latLngToCell(31.9, 121.4, RAIN_FIELD_RESOLUTION);
    expect(interpolateRain([far], gauges).values[0]).toBe(0);
  });
});

describe("gauge colours", () => {
  it("classes rain by the CMA's hourly thresholds, dry below 0.1 mm/h", () => {
    expect(rainColor(0)).toBeNull();
    expect(rainColor(1)).not.toEqual(rainColor(5));
    expect(rainColor(16)).toEqual(rainColor(29.9));
    expect(rainColor(60)).toEqual([220, 38, 38]);
  });

  it("colours a water level by its share of the alarm level", () => {
    expect(levelColor(null, 15)).toEqual(levelColors.unknown);
    expect(levelColor(5, 15)).toEqual(levelColors.calm);
    expect(levelColor(8, 15)).toEqual(levelColors.rising);
    expect(levelColor(13, 15)).toEqual(levelColors.near);
    expect(levelColor(15, 15)).toEqual(levelColors.over);
  });

  it("draws gauges larger in typhoon mode", () => {
    const gauge = { id: "RG-1", kind: "rain_gauge" as const, lat: 31.2, lng: 121.4, alarmAbove: 50, value: 20 };
    const radius = (typhoon: boolean) => (gaugesLayer([gauge], typhoon).props.getRadius as (g: typeof gauge) => number)(gauge);
    expect(radius(true)).toBeGreaterThan(radius(false));
  });
});
