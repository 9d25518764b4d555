import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: root });

/** The messages no-restricted-imports gives for `source` imported from a file at `file` (relative to the repo). */
async function restrictedImports(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { groundTruthCells } from "${source}";\nexport const cells = groundTruthCells;\n`, {
    filePath: path.join(root, file),
  });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

/** eslint.config.js keeps the typhoon replay's hidden ground truth out of the product, so the risk model is measured honestly. */
describe("the hidden ground truth's lint rule", () => {
  const groundTruth = "@/scripts/typhoon/ground-truth/cell-truth";

  it.each([
    ["lib/domain/risk/score-cells.ts", groundTruth],
    ["lib/domain/risk/score-cells.ts", "../../../scripts/typhoon/ground-truth/flood-history"],
    ["lib/pipeline/recompute-risk.ts", "@/scripts/typhoon/scenario/rain-field"],
    ["app/api/risk/route.ts", groundTruth],
    ["app/api/risk/route.ts", "../../../scripts/typhoon/ground-truth"],
    ["app/_screen/typhoon-panel.tsx", groundTruth],
    ["workers/risk-worker.ts", groundTruth],
    ["workers/risk-worker.ts", "../scripts/typhoon/ground-truth/flood-model"],
  ])("refuses %s importing %s", async (file, source) => {
    const messages = await restrictedImports(file, source);
    expect(messages.some((m) => m.includes("hidden ground truth"))).toBe(true);
  });

  it("lets the replay's and the backtest's scripts and the tests use it", async () => {
    expect(await restrictedImports("scripts/typhoon/run-replay.ts", groundTruth)).toEqual([]);
    expect(await restrictedImports("scripts/risk/backtest.ts", "../typhoon/ground-truth/flood-history")).toEqual([]);
    expect(await restrictedImports("tests/unit/typhoon/flood-model.test.ts", groundTruth)).toEqual([]);
  });

  it("leaves the other import rules of lib/ and client code in force", async () => {
    expect((await restrictedImports("lib/domain/risk/score-cells.ts", "@/app/api/_http/app-context")).length).toBeGreaterThan(0);
    expect((await restrictedImports("app/_screen/typhoon-panel.tsx", "@/lib/domain/typhoon/best-track")).length).toBeGreaterThan(0);
    expect(await restrictedImports("app/_screen/typhoon-panel.tsx", "@/lib/contracts/forecast")).toEqual([]);
  });
});
