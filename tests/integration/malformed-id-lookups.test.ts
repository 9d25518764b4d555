import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/create-database";
import { findCaseFacts } from "@/lib/db/repositories/case-actions.repository";
import { findCaseOutcome, findReporter, listHistory } from "@/lib/db/repositories/case-detail.repository";
import { listRidingReports } from "@/lib/db/repositories/case-reports.repository";
import { findCaseSummaries, findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { findPhoto, findPhotos, findReportFacts, listCasePhotos } from "@/lib/db/repositories/photos.repository";
import { findCheckedCases } from "@/lib/db/repositories/sla.repository";
import { acknowledge, listSummonRows, markMissed, rateDepartment } from "@/lib/db/repositories/summons.repository";
import { casesCarryingReports, findNotificationTargets, findRidingTargets, findTrackedCaseById } from "@/lib/db/repositories/tracking.repository";
import { createCityDatabase, type CityDatabase } from "../support/city-database";

const malformed = ["not-a-uuid", "", "1", "'; DROP TABLE cases; --", "00000000-0000-0000-0000-00000000000g"];

/** Lookups by id answer "none" for an id PostgreSQL could not read, whoever calls them (a route, a job, a socket). */
describe("repository lookups by a malformed id, on a real Postgres", () => {
  let city: CityDatabase;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    city = await createCityDatabase();
    handle = city.handle;
  });

  afterAll(async () => {
    await city?.drop();
  });

  it.each(malformed)("finds nothing for %j instead of failing", async (id) => {
    const { db } = handle;
    const at = new Date();
    const history = { at, actor: "system", action: "report_in", fromStage: null, toStage: null, detail: {} };
    expect(await findCaseFacts(db, id)).toBeUndefined();
    expect(await findCaseSummary(db, id)).toBeUndefined();
    expect(await findCaseSummaries(db, [id])).toEqual([]);
    expect(await listHistory(db, id)).toEqual([]);
    expect(await findCaseOutcome(db, id)).toBeUndefined();
    expect(await findReporter(db, id)).toBeNull();
    expect(await listRidingReports(db, id)).toEqual([]);
    expect(await findPhoto(db, id)).toBeUndefined();
    expect(await findPhotos(db, [id])).toEqual([]);
    expect(await findReportFacts(db, id)).toBeUndefined();
    expect(await listCasePhotos(db, id)).toEqual([]);
    expect(await findCheckedCases(db, [{ caseId: id, clock: "resolve", startedAt: at, assigneeId: null }])).toEqual([undefined]);
    expect(await listSummonRows(db, { caseId: id })).toEqual([]);
    expect(await listSummonRows(db, { summonId: id })).toEqual([]);
    expect(await listSummonRows(db, { summonIds: [id] })).toEqual([]);
    expect(await acknowledge(db, { summonId: id, caseId: id, department: "water", by: "x", at, history })).toBe(false);
    expect(await markMissed(db, id, at)).toEqual([]);
    expect(await rateDepartment(db, { summonId: id, department: "water", score: 5, by: "x", at })).toBe(false);
    expect(await findTrackedCaseById(db, id)).toBeUndefined();
    expect(await findNotificationTargets(db, [id])).toEqual([]);
    expect(await casesCarryingReports(db, [id])).toEqual(new Set());
    expect(await findRidingTargets(db, [id])).toEqual([]);
  });
});
