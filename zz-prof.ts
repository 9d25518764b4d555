import { writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "@/tests/support/chromium";
import { testRedisUrl, uniquePrefix } from "@/tests/support/services";
import { spawnServer } from "@/tests/support/spawn-server";

const server = await spawnServer({ REDIS_URL: testRedisUrl, REDIS_PREFIX: uniquePrefix("prof"), PGLITE_DIR: "memory://", BENCH_PAGES: "1" });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${server.baseUrl}/bench/render`);
  await page.waitForFunction(() => window.renderBench !== undefined, undefined, { timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  const result = await page.evaluate(
    () => window.renderBench!.run({ points: 100_000, frames: 12, updatesPerFrame: 20, batches: 5, batchSize: 1_000, order: ["tonglan", "naive"] }),
  );
  const { profile } = await cdp.send("Profiler.stop");
  writeFileSync("/tmp/chrome.cpuprofile", JSON.stringify(profile));
  const t = result.results.tonglan;
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(1);
  console.log("frame", med(t.frameJsMs), "deck", med(t.frameDeckMs), "batch", med(t.batchMs), "batchDeck", med(t.batchDeckMs));
  console.log("frames", t.frameJsMs.map((x) => x.toFixed(1)).join(" "), "| deck", t.frameDeckMs.map((x) => x.toFixed(1)).join(" "));
  console.log("batches", t.batchMs.map((x) => x.toFixed(1)).join(" "), "| deck", t.batchDeckMs.map((x) => x.toFixed(1)).join(" "));
} finally {
  await browser.close();
  await server.stop();
}
