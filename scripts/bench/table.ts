import type { Measurement } from "./figure";
import { median } from "./statistics";

/** Per key, the median of every trial's values, in the order the keys first appeared. */
export function medianOfTrials(trials: readonly Measurement[][]): Measurement[] {
  const byKey = new Map<string, Measurement[]>();
  for (const m of trials.flat()) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  return [...byKey.values()].map((runs) => {
    const first = runs[0]!;
    const tonglan = median(runs.map((r) => r.tonglan));
    const meets = runs.filter((r) => r.meetsBar !== undefined);
    const limits = runs.flatMap((r) => (r.limit === undefined ? [] : [r.limit]));
    return {
      ...first,
      tonglan,
      baseline: median(runs.map((r) => r.baseline)),
      ...(limits.length > 0 && { limit: median(limits) }),
      // The bar is judged on the median run, as the table shows it.
      ...(meets.length > 0 && { meetsBar: medianRun(runs, tonglan).meetsBar }),
    };
  });
}

function medianRun(runs: readonly Measurement[], value: number): Measurement {
  return runs.reduce((best, r) => (Math.abs(r.tonglan - value) < Math.abs(best.tonglan - value) ? r : best));
}

/**
 * How many times better tonglan is than the baseline, whichever direction "better" goes; NaN when
 * either is not above zero (memory growth the garbage collector took back), where no ratio means anything.
 */
export function advantage(m: Pick<Measurement, "tonglan" | "baseline" | "better">): number {
  if (!(m.tonglan > 0 && m.baseline > 0)) return Number.NaN;
  return m.better === "higher" ? m.tonglan / m.baseline : m.baseline / m.tonglan;
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "–";
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

const valueCell = (value: number, unit: string, name?: string) => (Number.isFinite(value) ? `${formatNumber(value)} ${unit}${name ? ` (${name})` : ""}` : "–");

/** A Markdown table: the figure, tonglan, the baseline, the ratio, the machine's limit and the bar. */
export function formatTable(rows: readonly Measurement[]): string {
  const lines = [
    "| figure | tonglan | naive baseline | tonglan vs baseline | limit on this machine | bar (PRODUCT §11) |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const m of rows) {
    const ratio = advantage(m);
    const bar = m.bar ? `${m.bar} ${m.meetsBar ? "✅" : "❌"}` : "";
    const limit = m.limit === undefined ? "" : valueCell(m.limit, m.unit, m.limitName);
    lines.push(
      `| ${m.figure} | ${valueCell(m.tonglan, m.unit)} | ${valueCell(m.baseline, m.unit, m.baselineName)} | ${Number.isFinite(ratio) ? `${formatNumber(ratio)}×` : "–"} | ${limit} | ${bar} |`,
    );
  }
  return lines.join("\n");
}

/** One figure as `--json` writes it; NaN (no baseline, no ratio) as null. */
export interface JsonFigure {
  name: string;
  unit: string;
  tonglan: number | null;
  baseline: number | null;
  limit?: number | null;
  ratio: number | null;
  betterIs: "higher" | "lower";
}

const finite = (value: number) => (Number.isFinite(value) ? value : null);

export function toJsonFigures(rows: readonly Measurement[]): JsonFigure[] {
  return rows.map((m) => ({
    name: m.figure,
    unit: m.unit,
    tonglan: finite(m.tonglan),
    baseline: finite(m.baseline),
    ...(m.limit !== undefined && { limit: finite(m.limit) }),
    ratio: finite(advantage(m)),
    betterIs: m.better,
  }));
}
