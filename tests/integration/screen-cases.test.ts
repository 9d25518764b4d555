import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Stage } from "@/lib/contracts/stage";
import type { DatabaseHandle } from "@/lib/db/create-database";
import { listScreenCases } from "@/lib/db/repositories/cases.repository";
import { createCityDatabase, type CityDatabase } from "../support/city-database";

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

describe("the cases a wall screen starts from, on a real Postgres", () => {
  let city: CityDatabase;
  let handle: DatabaseHandle;

  async function addCase(description: string, stage: Stage, createdHoursAgo: number, updatedHoursAgo: number) {
    const id = randomUUID();
    await handle.db
      .insertInto("cases")
      .values({
        id,
        code: `S-${id.slice(0, 8)}`,
        category: "garbage_pileup",
        channel: "hotline",
        priority: "normal",
        stage,
        description,
        lat: 31.23,
        lng: 121.47,
        grid_cell: "89309959d73ffff",
        district: 310101,
        department: "urban_management",
        created_at: hoursAgo(createdHoursAgo),
        updated_at: hoursAgo(updatedHoursAgo),
      })
      .execute();
  }

  beforeAll(async () => {
    city = await createCityDatabase();
    handle = city.handle;
    await addCase("open for a day, overdue", "dispatched", 30, 20);
    await addCase("open, reported an hour ago", "reported", 1, 1);
    await addCase("closed an hour ago", "closed", 4, 1);
    await addCase("resolved, newer", "resolved", 2, 0.5);
    await addCase("closed yesterday, newest", "closed", 0.2, 0.1);
    await addCase("closed two days ago", "closed", 60, 48);
  });

  afterAll(async () => {
    await city?.drop();
  });

  it("lists open cases first, then the ones finished in the last day, each newest first", async () => {
    const cases = await listScreenCases(handle.db, 10);
    expect(cases.map((c) => c.description)).toEqual([
      "open, reported an hour ago",
      "open for a day, overdue",
      "closed yesterday, newest",
      "resolved, newer",
      "closed an hour ago",
    ]);
  });

  it("keeps every open case when the limit is reached, however old, and leaves finished ones out", async () => {
    const cases = await listScreenCases(handle.db, 3);
    expect(cases.map((c) => c.description)).toEqual(["open, reported an hour ago", "open for a day, overdue", "closed yesterday, newest"]);
  });
});
