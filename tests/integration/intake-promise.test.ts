import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";
import { acceptEvent } from "@/lib/pipeline/accept-event";
import { dispatchCase } from "@/lib/pipeline/dispatch-case";
import { loadTracking } from "@/lib/pipeline/load-tracking";
import type { AppContext } from "@/lib/runtime/app-context";
import { arbitraryReportBody } from "../support/arbitrary-reports";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import { pollUntil } from "../support/poll";
import type { ScratchDatabase } from "../support/scratch-database";
import { uniquePrefix } from "../support/services";

const REPORTS = 120;

describe("every report intake answers 202 becomes a case (property, real Redis and Postgres)", () => {
  const prefix = uniquePrefix("intake-promise");
  let running: InProcessApp;
  let app: AppContext;
  let database: ScratchDatabase;

  beforeAll(async () => {
    running = await startInProcessApp(prefix, { workers: true });
    ({ app, database } = running);
  });

  afterAll(async () => {
    await running?.stop();
  });

  it.each(["intake-promise-1", "intake-promise-2"])("keeps every promise for the reports of seed %s", async (seed) => {
    const random = createSeededRandom(seed);
    const categories = ["garbage_pileup", "street_vending", "manhole_cover_missing", "road_waterlogging", "other"];
    const accepted: { eventId: string; token: string; body: unknown }[] = [];
    for (let i = 0; i < REPORTS; i++) {
      const body = { ...arbitraryReportBody(random, categories), id: `${prefix}-${seed}-${i}` };
      const outcome = await acceptEvent(
        { queues: app.queues, reference: app.reference, trackingSecret: app.trackingSecret },
        { body, idempotencyHeader: null, userId: null },
      );
      expect([202, 400], JSON.stringify(outcome.body)).toContain(outcome.status);
      if (outcome.status === 202) accepted.push({ eventId: outcome.body.eventId, token: outcome.body.trackingUrl.replace("/track/", ""), body });
    }
    expect(accepted.length).toBeGreaterThan(REPORTS / 10);

    const ids = accepted.map((a) => a.eventId);
    const cases = await pollUntil(
      () => database.query<{ event_id: string; case_id: string | null }>("SELECT id AS event_id, case_id FROM events WHERE id = ANY($1::uuid[])", [ids]),
      (rows) => rows.filter((r) => r.case_id).length === ids.length,
      30_000,
    ).catch(async (error: Error) => {
      const stored = new Set((await database.query<{ id: string }>("SELECT id FROM events WHERE id = ANY($1::uuid[])", [ids])).map((r) => r.id));
      const lost = accepted.filter((a) => !stored.has(a.eventId)).map((a) => JSON.stringify(a.body).slice(0, 160));
      throw new Error(`${error.message}; ${lost.length} answered 202 but never stored, e.g. ${lost.slice(0, 3).join("\n")}`);
    });

    for (const { case_id: caseId } of cases) {
      await expect(dispatchCase({ caseId: caseId!, round: 0, excludeWorkerIds: [] }, app.pipeline)).resolves.toBeDefined();
    }
    for (const { token, body } of accepted) {
      expect(await loadTracking({ db: app.database.db, reference: app.reference }, token), JSON.stringify(body).slice(0, 300)).not.toBeNull();
    }
  }, 90_000);
});
