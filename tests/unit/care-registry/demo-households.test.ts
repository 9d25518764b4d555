import { describe, expect, it } from "vitest";
import { latLngToCell } from "h3-js";
import { workers } from "@/lib/city/shanghai";
import { demoCareHouseholds } from "@/lib/city/shanghai/care-households";
import { activeHoursOf, householdHour } from "@/scripts/simulator/model/household-meters";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";

describe("the demo city's households in care", () => {
  it("registers 300, each with meters of its own, in its grid worker's grid", () => {
    expect(demoCareHouseholds).toHaveLength(300);
    const meters = demoCareHouseholds.flatMap((h) => [h.waterMeter.id, h.electricityMeter.id]);
    expect(new Set(meters).size).toBe(600);
    expect(new Set(demoCareHouseholds.map((h) => h.id)).size).toBe(300);
    for (const h of demoCareHouseholds) {
      const worker = workers.find((w) => w.id === h.gridWorkerId)!;
      expect(latLngToCell(h.lat, h.lng, 9), h.name).toBe(worker.gridCell);
      expect(h.waterMeter).toMatchObject({ kind: "water_meter", unit: "m³", gridCell: worker.gridCell, alarm: null });
      expect(h.electricityMeter).toMatchObject({ kind: "electricity_meter", unit: "kWh" });
    }
  });
});

describe("a demo household's meters", () => {
  it("use water and power in most usual hours and seldom at night", () => {
    const random = createSeededRandom("meters");
    const usual = [...activeHoursOf(7)];
    const activeShare = (hours: number[]) => {
      let active = 0;
      for (let day = 0; day < 200; day += 1) for (const hour of hours) if (householdHour(7, hour, false, random).waterM3 > 0) active += 1;
      return active / (200 * hours.length);
    };
    expect(activeShare(usual)).toBeGreaterThan(0.85);
    expect(activeShare([1, 2, 3, 4])).toBeLessThan(0.05);
  });

  it("show only the fridge once the resident has stopped", () => {
    const random = createSeededRandom("stopped");
    for (const hour of activeHoursOf(7)) expect(householdHour(7, hour, true, random)).toEqual({ waterM3: 0, electricityKwh: 0.04 });
  });
});
