import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCareHouseholds } from "@/lib/city/shanghai/care-households";
import { createDatabase, type DatabaseHandle } from "@/lib/db/create-database";
import { playCareMeters } from "@/scripts/simulator/care-meters";
import { createHttpClient, type HttpClient } from "@/scripts/simulator/http-client";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";
import { pollUntil } from "../support/poll";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { testGatewayTokens, testRedisUrl, uniquePrefix } from "../support/services";
import { spawnServer, type RunningServer } from "../support/spawn-server";

describe("the simulator's demo meters", () => {
  const prefix = uniquePrefix("care-meters");
  let database: ScratchDatabase;
  let server: RunningServer;
  let handle: DatabaseHandle;
  let http: HttpClient;

  beforeAll(async () => {
    database = await createScratchDatabase();
    server = await spawnServer({ REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, DATABASE_URL: database.url, SEED_DEMO_CITY: "1" });
    handle = await createDatabase({ databaseUrl: database.url, pgliteDir: "" });
    http = createHttpClient(server.baseUrl, 4);
  }, 120_000);

  afterAll(async () => {
    http?.close();
    await handle?.close();
    await server?.stop();
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it("give the demo households three weeks of life, and residents who stopped hours ago care alerts", async () => {
    const households = demoCareHouseholds.slice(0, 12);
    const stop = new AbortController();
    const playing = playCareMeters({
      http,
      households,
      random: createSeededRandom("care-meters-test"),
      token: testGatewayTokens.SENSOR_GATEWAY_TOKEN,
      stoppedAtStartShare: 1,
      stop: stop.signal,
    });
    const ids = households.map((h) => h.id);
    const watched = await pollUntil(
      () => handle.db.selectFrom("care_households").select(["id", "model_state"]).where("id", "in", ids).execute(),
      (rows) => rows.every((r) => ((r.model_state as { watch?: { hoursWatched?: number } } | null)?.watch?.hoursWatched ?? 0) >= 14 * 24),
      60_000,
    );
    expect(watched).toHaveLength(12);
    const alerts = await pollUntil(
      () => handle.db.selectFrom("care_alerts").select(["household_id", "kind", "case_id"]).where("household_id", "in", ids).execute(),
      (rows) => new Set(rows.map((r) => r.household_id)).size >= 10 && rows.every((r) => r.case_id !== null),
      30_000,
    );
    expect(alerts.every((a) => a.kind === "alert")).toBe(true);
    // Every resident stopped 27–28 hours ago: the watch alerts 3–28 h into a stop, by the hour it began.
    expect(new Set(alerts.map((a) => a.household_id)).size).toBeGreaterThanOrEqual(10);
    stop.abort();
    await playing;
  }, 120_000);
});
