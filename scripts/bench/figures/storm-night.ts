import { chromium } from "@playwright/test";
import { demoCareHouseholds } from "@/lib/city/shanghai/care-households";
import { DEMO_PASSWORD } from "@/lib/city/shanghai/demo-users";
import { simulatedUsers } from "@/lib/city/shanghai/simulated-users";
import { parseConfig } from "@/lib/config/env";
import { seedDemoCareHouseholds } from "@/lib/db/seed-care-demo";
import { seedDemoUsers } from "@/lib/db/seed-demo-users";
import { createAppContext } from "@/lib/runtime/app-context";
import { chromiumArgs, chromiumPath } from "@/tests/support/chromium";
import type { BenchEnv, BenchFigure, BenchStack, Measurement } from "../figure";
import { FLUSH_MARK, installScreenProbe, type ScreenProbeRecord } from "../storm/screen-probe";
import { startReplay, startSimulator, type LoadProcess } from "../storm/storm-load";
import { summariseStorm, type StormSummary } from "../storm/storm-summary";

const SPEED = 360;
const SAMPLE_EVERY_MS = 250;
// The badge calls data older than 15 s stale: the quiet after the load must outlast it.
const QUIET_MS = 30_000;

/** In-Fa over the demo city from 02:00 UTC on 26 July 2021, its peak hours (100–140 reports an hour). */
const sizes = {
  full: { from: "2021-07-26T02:00:00Z", hours: 6, warmUpMs: 10_000 },
  smoke: { from: "2021-07-26T04:00:00Z", hours: 1.5, warmUpMs: 5_000 },
};

/**
 * The typhoon night on the wall screen: the In-Fa replay at its peak (one storm hour in ten seconds)
 * and the ordinary simulator against a stack of its own, the screen `/` in Chromium at 1920×1080 in
 * typhoon mode. Over the peak: socket messages and store flushes a second, each deck.gl layer's data
 * rebuilds, how far the "data as of" clock lags the data; then, the load stopped, whether the badge
 * turns stale.
 */
export const stormNightFigure: BenchFigure = {
  name: "storm night",
  async trial(env) {
    const size = env.smoke ? sizes.smoke : sizes.full;
    const stack = await env.ownStack({ reserveWorkers: 0 });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const started: LoadProcess[] = [];
    try {
      await seedSimulatedPeople(stack);
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      page.on("pageerror", (error) => env.log(`storm night page error: ${error.message}`));
      // tsx keeps function names with an `__name` helper that a function sent to the page would call.
      await page.addInitScript({ content: "globalThis.__name = (target) => target;" });
      await page.addInitScript(installScreenProbe, { sampleEveryMs: SAMPLE_EVERY_MS, flushMark: FLUSH_MARK });
      await page.goto(`${stack.baseUrl}/`);
      await page.locator('[data-testid="connection-status"][data-state="connected"]').waitFor({ timeout: 60_000 });

      const load = { baseUrl: stack.baseUrl, tokens: stack.gatewayTokens };
      const simulator = startSimulator(load);
      const replay = startReplay({ ...load, from: size.from, hours: size.hours, speed: SPEED });
      started.push(simulator, replay);
      const startedAt = Date.now();
      await page.locator('[data-testid="typhoon-panel"]').waitFor({ timeout: 30_000 });
      const typhoonAt = Date.now();
      env.log(`storm night: typhoon mode on the screen ${((typhoonAt - startedAt) / 1000).toFixed(1)} s after the replay started`);
      const replayCode = await replay.exited;
      const peak = { from: Math.max(startedAt + size.warmUpMs, typhoonAt), to: Date.now() };
      await simulator.stop();
      const quiet = { from: Date.now(), to: Date.now() + QUIET_MS };
      if (replayCode !== 0) env.log(`storm night: the replay ended with ${replayCode}:\n${replay.tail()}`);
      env.log(`storm night: ${replay.tail().trim().split("\n").at(-1)}`);
      await page.waitForTimeout(QUIET_MS);

      const record = await page.evaluate(() => window.stormProbe!);
      const summary = summariseStorm(record, { peak, quiet });
      logDetails(env, summary, record);
      return measurements(summary, size);
    } finally {
      await Promise.all(started.map((p) => p.stop()));
      await browser.close();
      await stack.stop();
    }
  },
};

/** The simulator's people sign in, and its meters read the demo households': the stack seeds only the city. */
async function seedSimulatedPeople(stack: BenchStack): Promise<void> {
  const app = await createAppContext(parseConfig({ DATABASE_URL: stack.databaseUrl, REDIS_URL: stack.redisUrl, REDIS_PREFIX: stack.redisPrefix }));
  try {
    await seedDemoUsers(app.database.db, simulatedUsers, DEMO_PASSWORD, { shareOneHash: true });
    await seedDemoCareHouseholds(app.database.db, demoCareHouseholds, new Date());
  } finally {
    await app.close();
  }
}

function logDetails(env: BenchEnv, s: StormSummary, record: ScreenProbeRecord): void {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([name, n]) => `${name} ${n}`)
      .join(", ") || "none";
  env.log(`storm night: ${s.seconds.toFixed(0)} s of peak, messages ${list(s.messagesByEvent)}; ${record.flushes.length} flushes in all`);
  env.log(`storm night: layer data rebuilt: ${list(s.layerDataChanges)}`);
  env.log(`storm night: layer data rebuilt though it read the same as before: ${list(s.layerNeedlessChanges)}`);
  env.log(`storm night: layer update triggers changed: ${list(s.layerTriggerChanges)}`);
  env.log(
    `storm night: badge ${s.badgeSamples} readings in the peak, ${s.staleWhileFlowing} not "connected"; ` +
      `after the load stopped (messages ${list(s.quietMessagesByEvent)}): ${Number.isNaN(s.staleAfterStopMs) ? "never stale" : `stale ${(s.staleAfterStopMs / 1000).toFixed(1)} s after the last data`}`,
  );
}

function measurements(s: StormSummary, size: (typeof sizes)["full"]): Measurement[] {
  const storm = `In-Fa ${size.hours} storm hours from ${size.from.slice(5, 13).replace("T", " ")}h UTC at ${SPEED}× + simulator, wall screen 1920×1080`;
  const row = (key: string, figure: string, unit: string, tonglan: number, better: Measurement["better"], bar?: { text: string; meets: boolean }): Measurement => ({
    key: `stormnight.${key}`,
    figure,
    unit,
    tonglan,
    baseline: Number.NaN,
    baselineName: "",
    better,
    ...(bar && { bar: bar.text, meetsBar: bar.meets }),
  });
  return [
    row("messages", `storm night (${storm}): socket messages received`, "/s", s.messagesPerSecond, "lower"),
    row("flushes", "storm night: live-store flushes (React commits of the live state)", "/s", s.flushesPerSecond, "lower"),
    row("frames", "storm night: frames deck.gl drew (software WebGL, no GPU, on the loaded machine)", "fps", s.deckFramesPerSecond, "higher"),
    row("busiest_layer", "storm night: data rebuilds of the busiest deck.gl layer per socket message", "per message", s.busiestLayerRebuildsPerMessage, "lower", {
      text: "well under 1",
      meets: s.busiestLayerRebuildsPerMessage < 0.5,
    }),
    row("all_layers", "storm night: data rebuilds of all deck.gl layers per socket message", "per message", s.allLayerRebuildsPerMessage, "lower"),
    row("needless", "storm night: layer data rebuilds whose data read the same as before (nothing drawn changed)", "%", 100 * s.needlessShare, "lower"),
    row("behind_data_p50", `storm night: "data as of" behind the newest data received, p50 (clock shows whole seconds)`, "ms", s.behindNewestMs.p50, "lower"),
    row("behind_data_p99", `storm night: "data as of" behind the newest data received, p99`, "ms", s.behindNewestMs.p99, "lower"),
    row("behind_data_max", `storm night: "data as of" behind the newest data received, max`, "ms", s.behindNewestMs.max, "lower"),
    row("behind_wall_p99", `storm night: "data as of" behind the wall clock, p99`, "ms", s.behindWallMs.p99, "lower"),
    row("stale_flowing", "storm night: badge readings not \"connected\" while data flowed", "readings", s.staleWhileFlowing, "lower", { text: "0", meets: s.staleWhileFlowing === 0 }),
    // Stale at 15 s without data, read on the badge's 1 s tick and shown in the next frame, which a loaded software renderer draws seconds apart.
    row("stale_after_stop", `storm night: load stopped, the badge turns stale after the last data (– : not within ${QUIET_MS / 1000} s)`, "s", s.staleAfterStopMs / 1000, "lower", {
      text: "≤ 20 s",
      meets: s.staleAfterStopMs <= 20_000,
    }),
  ];
}
