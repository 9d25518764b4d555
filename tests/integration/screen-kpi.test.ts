import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Kpi } from "@/lib/contracts/kpi";
import { kpiSchema } from "@/lib/contracts/kpi";
import type { DatabaseHandle } from "@/lib/db/create-database";
import { computeKpi } from "@/lib/db/repositories/kpi.repository";
import { createCityDatabase, type CityDatabase } from "../support/city-database";

// 12:30 in Shanghai: the day began at 16:00Z the day before; the trend's first hour is 05:00Z then.
const now = new Date("2026-11-23T04:30:00Z");
const z = (iso: string) => new Date(`2026-11-${iso}Z`);

interface Story {
  department: string;
  district: number | null;
  stage: string;
  created: Date;
  /** Stage changes after the report, in order. */
  steps?: [at: Date, stage: string][];
  dispatched?: Date;
  signedFor?: Date;
  resolved?: Date;
  rating?: "satisfied" | "unsatisfied";
  resolveBreached?: boolean;
}

describe("the wall screen's KPIs computed in SQL on a real Postgres", () => {
  let city: CityDatabase;
  let handle: DatabaseHandle;
  let kpi: Kpi;

  async function addCase(story: Story) {
    const id = randomUUID();
    const placed = story.district !== null;
    await handle.db
      .insertInto("cases")
      .values({
        id,
        code: `S-${id.slice(0, 8)}`,
        category: "garbage_pileup",
        channel: "hotline",
        priority: "normal",
        stage: story.stage,
        description: "screen kpi",
        lat: placed ? 31.23 : null,
        lng: placed ? 121.47 : null,
        grid_cell: placed ? "89309959d73ffff" : null,
        district: story.district,
        department: story.department,
        created_at: story.created,
        updated_at: story.created,
        dispatched_at: story.dispatched ?? null,
        signed_for_at: story.signedFor ?? null,
        resolved_at: story.resolved ?? null,
        rating: story.rating ?? null,
      })
      .execute();
    let from: string | null = null;
    for (const [at, to] of [[story.created, "reported"] as const, ...(story.steps ?? [])]) {
      await handle.db
        .insertInto("case_history")
        .values({ case_id: id, at, actor: "test", action: to, from_stage: from, to_stage: to, detail: "{}" })
        .execute();
      from = to;
    }
    if (story.resolveBreached) {
      await handle.db
        .insertInto("sla_breaches")
        .values({ case_id: id, clock: "resolve", started_at: story.created, due_at: story.created, detected_at: story.created, response: "escalate" })
        .execute();
    }
  }

  beforeAll(async () => {
    city = await createCityDatabase();
    handle = city.handle;
    // Closed within the trend's first hour, after two days open.
    await addCase({ department: "water", district: 310101, stage: "closed", created: z("21T08:00:00"), steps: [[z("22T05:30:00"), "closed"]] });
    // Yesterday evening, still open.
    await addCase({ department: "water", district: 310101, stage: "reported", created: z("22T10:00:00") });
    // Today: reported and resolved within two hours without a dispatch, rated unsatisfied.
    await addCase({
      department: "police",
      district: 310104,
      stage: "rated",
      created: z("23T01:00:00"),
      signedFor: z("23T01:30:00"),
      resolved: z("23T02:00:00"),
      rating: "unsatisfied",
      steps: [[z("23T02:00:00"), "resolved"], [z("23T02:10:00"), "rated"]],
    });
    // Today: dispatched after 10 minutes, resolved late, rated satisfied.
    await addCase({
      department: "water",
      district: 310101,
      stage: "resolved",
      created: z("23T03:10:00"),
      dispatched: z("23T03:20:00"),
      signedFor: z("23T03:25:00"),
      resolved: z("23T03:50:00"),
      rating: "satisfied",
      resolveBreached: true,
      steps: [[z("23T03:20:00"), "dispatched"], [z("23T03:50:00"), "resolved"]],
    });
    // Today: dispatched after 30 minutes, in the current hour; open.
    await addCase({ department: "water", district: 310104, stage: "dispatched", created: z("23T03:40:00"), dispatched: z("23T04:10:00"), steps: [[z("23T04:10:00"), "dispatched"]] });
    // Today, not yet placed; open.
    await addCase({ department: "police", district: null, stage: "reported", created: z("23T04:05:00") });
    kpi = kpiSchema.parse(await computeKpi(handle.db, now));
  });

  afterAll(async () => {
    await city?.drop();
  });

  it("rates today's cases on sign-for, closing and satisfaction as the 12345 KPIs do", () => {
    expect(kpi.casesToday).toBe(4);
    expect(kpi.onTimeSignForRate).toBe(1);
    expect(kpi.onTimeCloseRate).toBe(0.5);
    expect(kpi.satisfactionRate).toBe(0.5);
  });

  it("ranks the open cases per department and per district, the unplaced ones as unknown", () => {
    expect(kpi.backlogByDepartment).toEqual([
      { group: "water", open: 2 },
      { group: "police", open: 1 },
    ]);
    expect(kpi.backlogByDistrict).toEqual([
      { group: "310101", open: 1 },
      { group: "310104", open: 1 },
      { group: "unknown", open: 1 },
    ]);
    expect(kpi.openCases).toBe(3);
  });

  it("buckets the last 24 clock hours: reports, the backlog at each hour's end and the median time to dispatch", () => {
    expect(kpi.lastDay).toHaveLength(24);
    expect(kpi.lastDay[0]!.hourStart).toBe("2026-11-22T05:00:00.000Z");
    expect(kpi.lastDay[23]!.hourStart).toBe("2026-11-23T04:00:00.000Z");
    const byHour = Object.fromEntries(kpi.lastDay.map((hour) => [hour.hourStart.slice(8, 13), hour]));
    expect(kpi.lastDay.filter((hour) => hour.reported > 0).map((hour) => [hour.hourStart.slice(8, 13), hour.reported])).toEqual([
      ["22T10", 1],
      ["23T01", 1],
      ["23T03", 2],
      ["23T04", 1],
    ]);
    expect(kpi.lastDay.map((hour) => hour.backlog)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 3]);
    expect(byHour["23T03"]!.medianSecondsToDispatch).toBe(600);
    expect(byHour["23T04"]!.medianSecondsToDispatch).toBe(1800);
    expect(byHour["23T02"]!.medianSecondsToDispatch).toBeNull();
  });
});
