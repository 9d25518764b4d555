import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/create-database";
import { computeHotlineKpis } from "@/lib/db/repositories/hotline-kpi.repository";
import { createCityDatabase, type CityDatabase } from "../support/city-database";

const t0 = new Date("2026-11-23T01:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

interface Story {
  department: string;
  district: number;
  dispatched?: number;
  signedFor?: number;
  arrived?: number;
  resolved?: number;
  rating?: "satisfied" | "basically_satisfied" | "unsatisfied";
  reopened?: boolean;
  breaches?: ("sign_for" | "resolve")[];
}

describe("hotline KPIs computed in SQL on a real Postgres", () => {
  let city: CityDatabase;
  let handle: DatabaseHandle;

  async function addCase(story: Story, createdAt = t0) {
    const id = randomUUID();
    await handle.db
      .insertInto("cases")
      .values({
        id,
        code: `K-${id.slice(0, 8)}`,
        category: "garbage_pileup",
        channel: "hotline",
        priority: "normal",
        stage: story.resolved !== undefined ? "resolved" : "dispatched",
        description: "kpi",
        lat: 31.23,
        lng: 121.47,
        grid_cell: "89309959d73ffff",
        district: story.district,
        department: story.department,
        created_at: createdAt,
        updated_at: createdAt,
        dispatched_at: story.dispatched === undefined ? null : at(story.dispatched),
        signed_for_at: story.signedFor === undefined ? null : at(story.signedFor),
        arrived_at: story.arrived === undefined ? null : at(story.arrived),
        resolved_at: story.resolved === undefined ? null : at(story.resolved),
        rating: story.rating ?? null,
        reopen_count: story.reopened ? 1 : 0,
      })
      .execute();
    for (const clock of story.breaches ?? []) {
      await handle.db
        .insertInto("sla_breaches")
        .values({ case_id: id, clock, started_at: t0, due_at: t0, detected_at: t0, response: "escalate" })
        .execute();
    }
  }

  beforeAll(async () => {
    city = await createCityDatabase();
    handle = city.handle;
    // Water, Huangpu: four cases with every stage timed.
    await addCase({ department: "water", district: 310101, dispatched: 1, signedFor: 11, arrived: 41, resolved: 101, rating: "satisfied" });
    await addCase({ department: "water", district: 310101, dispatched: 3, signedFor: 13, arrived: 43, resolved: 103, rating: "basically_satisfied" });
    await addCase({ department: "water", district: 310101, dispatched: 2, signedFor: 52, resolved: 300, rating: "unsatisfied", reopened: true, breaches: ["sign_for", "resolve"] });
    await addCase({ department: "water", district: 310104, dispatched: 2 });
    // Police, Xuhui: nothing settled yet, so no rates.
    await addCase({ department: "police", district: 310104 });
    // Created outside the period: counted nowhere.
    await addCase({ department: "water", district: 310101, dispatched: 1, signedFor: 2 }, at(-24 * 60));
  });

  afterAll(async () => {
    await city?.drop();
  });

  it("reports each rate and mean time per department", async () => {
    const rows = await computeHotlineKpis(handle.db, { from: t0, to: at(24 * 60) }, "department");
    expect(rows).toEqual([
      {
        group: "police",
        cases: 1,
        onTimeSignForRate: null,
        onTimeCloseRate: null,
        satisfactionRate: null,
        reopenRate: null,
        meanMinutes: { toDispatch: null, toSignFor: null, toArrive: null, toResolve: null },
      },
      {
        group: "water",
        cases: 4,
        onTimeSignForRate: 0.6667,
        onTimeCloseRate: 0.6667,
        satisfactionRate: 0.6667,
        reopenRate: 0.3333,
        meanMinutes: { toDispatch: 2, toSignFor: 23.3, toArrive: 30, toResolve: 168 },
      },
    ]);
  });

  it("groups by district too", async () => {
    const rows = await computeHotlineKpis(handle.db, { from: t0, to: at(24 * 60) }, "district");
    expect(rows.map((r) => [r.group, r.cases])).toEqual([
      ["310101", 3],
      ["310104", 2],
    ]);
  });
});
