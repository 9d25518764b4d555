import type { HourlyUse } from "./hourly-use-from-readings";

export interface HouseholdUse {
  household: string;
  use: HourlyUse;
}

const HEADER = ["household", "date", ...Array.from({ length: 24 }, (_, hour) => `h${String(hour).padStart(2, "0")}`)].join(",");

/** One row per household-day: 24 hourly litres, an empty cell for an hour with no reading. Days start at firstHour (a midnight). */
export function formatHourlyUseCsv(households: readonly HouseholdUse[]): string {
  const lines = [HEADER];
  for (const { household, use } of households) {
    if (use.firstHour % 24 !== 0 || use.litres.length % 24 !== 0) throw new Error(`${household}: not whole days`);
    for (let start = 0; start < use.litres.length; start += 24) {
      const day = use.litres.slice(start, start + 24);
      if (day.every((value) => value === null)) continue;
      const date = new Date((use.firstHour + start) * 3_600_000).toISOString().slice(0, 10);
      lines.push([household, date, ...day.map((value) => (value === null ? "" : String(value)))].join(","));
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Reads the form above back; days missing between two rows of a household are hours with no reading. */
export function parseHourlyUseCsv(text: string): HouseholdUse[] {
  const [header, ...rows] = text.trimEnd().split("\n");
  if (header !== HEADER) throw new Error("unexpected header");
  const byHousehold = new Map<string, HourlyUse>();
  for (const row of rows) {
    const [household, date, ...cells] = row.split(",");
    if (!household || !date || cells.length !== 24) throw new Error(`malformed row: ${row.slice(0, 60)}`);
    const dayHour = Date.parse(`${date}T00:00:00Z`) / 3_600_000;
    if (!Number.isInteger(dayHour)) throw new Error(`bad date ${date}`);
    let use = byHousehold.get(household);
    if (!use) {
      use = { firstHour: dayHour, litres: [] };
      byHousehold.set(household, use);
    }
    const offset = dayHour - use.firstHour;
    if (offset < use.litres.length) throw new Error(`${household}: ${date} out of order`);
    while (use.litres.length < offset) use.litres.push(null);
    for (const cell of cells) use.litres.push(cell === "" ? null : Number(cell));
  }
  return [...byHousehold].map(([household, use]) => ({ household, use }));
}
