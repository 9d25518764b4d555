import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCareHouseholds } from "@/lib/city/shanghai/care-households";
import { seedDemoCareHouseholds } from "@/lib/db/seed-care-demo";
import { householdsOfCells } from "@/lib/pipeline/care/households-of-cells";
import { createCityDatabase, type CityDatabase } from "../support/city-database";

// The query issue 15's evacuation lists use: the registered households of a set of H3 cells, masked per viewer.
describe("households of a set of cells", () => {
  let city: CityDatabase;
  const [first, second] = [demoCareHouseholds[0]!, demoCareHouseholds[1]!];
  const ctx = () => ({ db: city.handle.db, clock: () => new Date() });

  beforeAll(async () => {
    city = await createCityDatabase();
    await seedDemoCareHouseholds(city.handle.db, demoCareHouseholds.slice(0, 20), new Date());
  });
  afterAll(async () => city?.drop());

  it("lists the households of the cells asked for, and only those", async () => {
    const cells = [first.waterMeter.gridCell, second.waterMeter.gridCell];
    const found = await householdsOfCells(ctx(), cells, { actor: { role: "dispatcher", id: "user-dispatcher" }, grid: { gridCell: null, communityCells: [] } });
    const expected = demoCareHouseholds.slice(0, 20).filter((h) => cells.includes(h.waterMeter.gridCell));
    expect(found.map((h) => h.id).sort()).toEqual(expected.map((h) => h.id).sort());
    expect(found.every((h) => !h.masked)).toBe(true);
    expect(await householdsOfCells(ctx(), [], { actor: { role: "dispatcher", id: "d" }, grid: { gridCell: null, communityCells: [] } })).toEqual([]);
  });

  it("masks them for a leader, and for a grid worker all but their own grid's", async () => {
    const cells = [first.waterMeter.gridCell, second.waterMeter.gridCell];
    const forLeader = await householdsOfCells(ctx(), cells, { actor: { role: "leader", id: "user-leader" }, grid: { gridCell: null, communityCells: [] } });
    expect(forLeader.every((h) => h.masked && h.name.endsWith("*") && h.location === null)).toBe(true);
    expect(JSON.stringify(forLeader)).not.toContain(first.name);

    const forWorker = await householdsOfCells(ctx(), cells, {
      actor: { role: "grid_worker", id: "user-worker", workerId: first.gridWorkerId },
      grid: { gridCell: first.waterMeter.gridCell, communityCells: [] },
    });
    for (const h of forWorker) expect(h.masked, h.gridCell).toBe(h.gridCell !== first.waterMeter.gridCell && h.gridWorkerId !== first.gridWorkerId);
    expect(forWorker.find((h) => h.id === first.id)).toMatchObject({ masked: false, name: first.name, address: first.address });
  });
});
