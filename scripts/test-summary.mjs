// Adds up the JSON reports of vitest and Playwright into one closing line: "N passed, N failed".
// Steps named after the directory failed; one that failed without a failed test of its own (lint, the
// build, the benchmark's smoke run, a runner that crashed) counts as one failed test.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const [dir = "test-results", ...failedSteps] = process.argv.slice(2);
const totals = { unit: null, integration: null, e2e: null };

for (const step of ["unit", "integration"]) {
  const full = path.join(dir, `${step}.json`);
  if (!existsSync(full)) continue;
  const report = JSON.parse(readFileSync(full, "utf8"));
  totals[step] = { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

const e2e = path.join(dir, "e2e.json");
if (existsSync(e2e)) {
  const { stats } = JSON.parse(readFileSync(e2e, "utf8"));
  totals.e2e = { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const report of Object.values(totals)) {
  if (!report) continue;
  passed += report.passed;
  failed += report.failed;
  skipped += report.skipped;
}
for (const step of failedSteps) {
  if (!(totals[step]?.failed > 0)) failed += 1;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
