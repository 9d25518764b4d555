import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { categoryForBostonType, channelForBostonSource } from "./boston-categories";
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

/** The 2015 cases with a place and a type the demo city has, in the order they were opened. */
export async function loadBostonCases(file: string): Promise<BostonCase[]> {
  const records = csvRecords(gunzipSync(await readFile(file)).toString("utf8"));
  const header = records.next().value ?? [];
  const col = (name: string) => header.indexOf(name);
  const [id, opened, type, source, lat, lng] = ["CASE_ENQUIRY_ID", "OPEN_DT", "TYPE", "Source", "LATITUDE", "LONGITUDE"].map(col);
  const cases: BostonCase[] = [];
  for (const row of records) {
    const category = categoryForBostonType(row[type!] ?? "");
    const openedAt = parseBostonTime(row[opened!] ?? "");
    const latitude = Number(row[lat!]);
    const longitude = Number(row[lng!]);
    if (!category || !Number.isFinite(openedAt) || !latitude || !longitude) continue;
    cases.push({
      id: row[id!] ?? "",
      openedAt,
      type: row[type!] ?? "",
      category,
      channel: channelForBostonSource(row[source!] ?? ""),
      ...moveToShanghai(latitude, longitude),
    });
  }
  return cases.sort((a, b) => a.openedAt - b.openedAt);
}
