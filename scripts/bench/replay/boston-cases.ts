import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { categoryForBostonType, channelForBostonSource } from "./boston-categories";
import { firstDays } from "./boston-window";
import { csvRecords } from "./csv-records";

export interface BostonCase {
  id: string;
  openedAt: number;
  type: string;
  category: string;
  channel: ReturnType<typeof channelForBostonSource>;
  lat: number;
  lng: number;
}

/** The columns of Boston's export the replay reads, in this order in the repository's subset. */
export const BOSTON_COLUMNS = ["CASE_ENQUIRY_ID", "OPEN_DT", "TYPE", "Source", "LATITUDE", "LONGITUDE"];

// Boston's city hall and Shanghai's People's Square: the replay keeps Boston's geography (distances
// and clusters) but moves it onto the demo city, where the workers are.
const BOSTON = { lat: 42.3601, lng: -71.0589 };
const SHANGHAI = { lat: 31.2304, lng: 121.4737 };
const LNG_SCALE = Math.cos((BOSTON.lat * Math.PI) / 180) / Math.cos((SHANGHAI.lat * Math.PI) / 180);

export function moveToShanghai(lat: number, lng: number): { lat: number; lng: number } {
  return { lat: SHANGHAI.lat + (lat - BOSTON.lat), lng: SHANGHAI.lng + (lng - BOSTON.lng) * LNG_SCALE };
}

/** "01/05/2015 12:40:41 PM", Boston local time, as milliseconds; only differences matter to the replay. */
export function parseBostonTime(text: string): number {
  const m = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d) (AM|PM)$/.exec(text.trim());
  if (!m) return Number.NaN;
  const hour = (Number(m[4]) % 12) + (m[7] === "PM" ? 12 : 0);
  return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), hour, Number(m[5]), Number(m[6]));
}

/** Each usable case of an export (any column order) with its row in `BOSTON_COLUMNS` order. */
function* bostonCases(csv: string): Generator<{ bostonCase: BostonCase; row: string[] }> {
  const records = csvRecords(csv);
  const header = records.next().value ?? [];
  const columns = BOSTON_COLUMNS.map((name) => header.indexOf(name));
  if (columns.includes(-1)) throw new Error(`not a Boston 311 export: needs the columns ${BOSTON_COLUMNS.join(", ")}`);
  for (const record of records) {
    const row = columns.map((c) => record[c] ?? "");
    const [id, opened, type, source, lat, lng] = row as [string, string, string, string, string, string];
    const category = categoryForBostonType(type);
    const openedAt = parseBostonTime(opened);
    const latitude = Number(lat);
    const longitude = Number(lng);
    if (!category || !Number.isFinite(openedAt) || !latitude || !longitude) continue;
    yield { bostonCase: { id, openedAt, type, category, channel: channelForBostonSource(source), ...moveToShanghai(latitude, longitude) }, row };
  }
}

/** The rows of the cases opened in the first `days`, in opening order: what the repository keeps. */
export function keptBostonRows(csv: string, days: number): string[][] {
  const all = [...bostonCases(csv)].sort((a, b) => a.bostonCase.openedAt - b.bostonCase.openedAt);
  const kept = new Set(firstDays(all.map((c) => c.bostonCase), days));
  return all.filter((c) => kept.has(c.bostonCase)).map((c) => c.row);
}

/** The cases with a place and a type the demo city has, in the order they were opened. */
export async function loadBostonCases(file: string): Promise<BostonCase[]> {
  const csv = gunzipSync(await readFile(file)).toString("utf8");
  return Array.from(bostonCases(csv), (c) => c.bostonCase).sort((a, b) => a.openedAt - b.openedAt);
}
