import { describe, expect, it } from "vitest";
import { catalogue, departments, districts, grids, sensors, workers } from "@/lib/city/shanghai";
import { findSkillGaps } from "@/lib/city/skill-coverage";
import { metersBetween } from "@/scripts/simulator/model/local-meters";

describe("Shanghai demo city", () => {
  it("has the 16 districts, the 10 departments and the desk", () => {
    expect(districts).toHaveLength(16);
    expect(districts.map((d) => d.nameEn)).toContain("Jing'an");
    expect(departments).toHaveLength(11);
  });

  it("has a catalogue of at least 20 distinct categories with sensible SLAs", () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(20);
    expect(new Set(catalogue.map((c) => c.code)).size).toBe(catalogue.length);
    for (const { code, sla } of catalogue) {
      expect(sla.signForMinutes, code).toBeLessThanOrEqual(sla.arriveMinutes);
      expect(sla.arriveMinutes, code).toBeLessThanOrEqual(sla.resolveMinutes);
    }
    expect(catalogue.find((c) => c.nameZh === "井盖缺失")).toMatchObject({ priority: "urgent", sla: { signForMinutes: 15 } });
    // What fits no category goes to the desk, never auto-dispatched by a skill match; so do the care watch's meter faults, for maintenance.
    expect(catalogue.find((c) => c.code === "other")).toMatchObject({ nameZh: "其他", department: "command_center", autoDispatch: false });
    expect(catalogue.filter((c) => !c.autoDispatch).map((c) => c.code)).toEqual(["meter_fault", "other"]);
  });

  it("covers the centre with a few thousand unique grids in known districts", () => {
    const adcodes = new Set(districts.map((d) => d.adcode));
    expect(grids.length).toBeGreaterThan(2000);
    expect(grids.length).toBeLessThan(10_000);
    expect(new Set(grids.map((g) => g.cell)).size).toBe(grids.length);
    for (const grid of grids) expect(adcodes.has(grid.district)).toBe(true);
    for (const central of [310101, 310104, 310105, 310106, 310107, 310109, 310110]) {
      expect(grids.some((g) => g.district === central)).toBe(true);
    }
  });

  it("staffs every district's grids with about 300 workers, near their own grid", () => {
    expect(workers.length).toBeGreaterThanOrEqual(250);
    expect(new Set(workers.map((w) => w.id)).size).toBe(workers.length);
    const gridsByCell = new Map(grids.map((g) => [g.cell, g]));
    for (const worker of workers) {
      const home = gridsByCell.get(worker.gridCell);
      expect(home?.district, worker.id).toBe(worker.district);
      expect(metersBetween(home!, worker)).toBeLessThan(200);
    }
    expect(new Set(workers.map((w) => w.district))).toEqual(new Set(grids.map((g) => g.district)));
  });

  it("can dispatch every category in every district", () => {
    expect(findSkillGaps(workers, catalogue)).toEqual([]);
  });

  it("places a few hundred sensors of every kind in the grids, alarming only into known categories", () => {
    expect(sensors.length).toBeGreaterThanOrEqual(300);
    expect(new Set(sensors.map((s) => s.id)).size).toBe(sensors.length);
    expect(new Set(sensors.map((s) => s.kind))).toEqual(new Set(["rain_gauge", "water_level", "water_meter", "electricity_meter"]));
    const gridsByCell = new Map(grids.map((g) => [g.cell, g]));
    const categories = new Set(catalogue.map((c) => c.code));
    for (const sensor of sensors) {
      const grid = gridsByCell.get(sensor.gridCell);
      expect(grid?.district, sensor.id).toBe(sensor.district);
      expect(metersBetween(grid!, sensor)).toBeLessThan(400);
      if (sensor.alarm) expect(categories.has(sensor.alarm.category), sensor.id).toBe(true);
    }
    expect(sensors.find((s) => s.kind === "water_level")?.alarm?.category).toBe("road_waterlogging");
  });
});
