import { chromium } from "@playwright/test";
import type { PipelineName, RenderBenchOptions, RenderBenchResult } from "@/app/bench/render/_bench/render-bench-run";
import { chromiumArgs, chromiumPath } from "@/tests/support/chromium";
import { deleteRedisPrefix } from "@/tests/support/redis-cleanup";
import { testRedisUrl, uniquePrefix } from "@/tests/support/services";
import { spawnServer } from "@/tests/support/spawn-server";
import type { BenchEnv, BenchFigure, Measurement } from "../figure";
import { median } from "../statistics";

const baselineName = "rebuild arrays and layers per update";
let trialsRun = 0;

/**
 * Wall-screen rendering in headless Chromium (software WebGL): JavaScript per frame with the live cases,
 * the H3 layer and a stream of updates, frames per second, and the cost of one batch of 1,000 updates.
 * The page (/bench/render, on only with BENCH_PAGES=1) runs the product's reducer, views and layers and,
 * in the same page and trial, the way the screen worked before them.
 */
export const wallScreenRenderFigure: BenchFigure = {
  name: "wall-screen-render",
  async trial(env) {
    const order: PipelineName[] = trialsRun++ % 2 === 0 ? ["tonglan", "naive"] : ["naive", "tonglan"];
    const options: RenderBenchOptions = env.smoke
      ? { points: 10_000, frames: 8, updatesPerFrame: 20, batches: 2, batchSize: 1_000, order }
      : { points: 100_000, frames: 12, updatesPerFrame: 20, batches: 5, batchSize: 1_000, order };
    const result = await runInBrowser(options, env);
    for (const [name, run] of Object.entries(result.results)) {
      env.log(
        `wall-screen-render ${name}: deck.gl's share, median ${median(run.frameDeckMs).toFixed(1)} of ${median(run.frameJsMs).toFixed(1)} ms a frame, ` +
          `${median(run.batchDeckMs).toFixed(1)} of ${median(run.batchMs).toFixed(1)} ms a batch`,
      );
    }
    return measurements(result, options);
  },
};

async function runInBrowser(options: RenderBenchOptions, env: BenchEnv): Promise<RenderBenchResult> {
  const prefix = uniquePrefix("bench-render");
  const server = await spawnServer({ REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, PGLITE_DIR: "memory://", BENCH_PAGES: "1" });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    page.on("pageerror", (error) => env.log(`bench page error: ${error.message}`));
    await page.goto(`${server.baseUrl}/bench/render`);
    await page.waitForFunction(() => window.renderBench !== undefined, undefined, { timeout: 60_000 });
    env.log(`wall-screen-render: ${options.points} points, ${options.order.join(" then ")}`);
    return await page.evaluate((given) => window.renderBench!.run(given), options);
  } finally {
    await browser.close();
    await server.stop();
    await deleteRedisPrefix(prefix);
  }
}

function measurements({ results }: RenderBenchResult, options: RenderBenchOptions): Measurement[] {
  const { tonglan, naive } = results;
  const points = options.points.toLocaleString("en-US");
  const frameJs = median(tonglan.frameJsMs);
  const batch = median(tonglan.batchMs);
  return [
    {
      key: "render.frame_js",
      figure: `wall screen: JavaScript per frame (${points} live points + H3 layer, ${options.updatesPerFrame} updates a frame)`,
      unit: "ms",
      tonglan: frameJs,
      baseline: median(naive.frameJsMs),
      baselineName,
      better: "lower",
      bar: "≤ 4 ms JS/frame",
      meetsBar: frameJs <= 4,
    },
    {
      key: "render.fps",
      figure: `wall screen: frames per second (${points} live points + H3 layer, software WebGL, no GPU)`,
      unit: "fps",
      tonglan: tonglan.framesPerSecond,
      baseline: naive.framesPerSecond,
      baselineName,
      better: "higher",
    },
    {
      key: "render.batch_1000",
      figure: `wall screen: apply one batch of ${options.batchSize.toLocaleString("en-US")} updates (${points} live points)`,
      unit: "ms",
      tonglan: batch,
      baseline: median(naive.batchMs),
      baselineName,
      better: "lower",
      bar: "≤ 16 ms",
      meetsBar: batch <= 16,
    },
  ];
}
