import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cityBounds } from "@/lib/city/shanghai/bounds";
import type { CapAlert } from "@/lib/contracts/cap-alert";
import { parseCapAlert } from "@/lib/domain/alerts/parse-cap-alert";
import { writeCapAlert } from "@/lib/domain/alerts/write-cap-alert";
import { polarOffset } from "@/lib/domain/typhoon/polar-offset";
import { stormStateAt } from "@/lib/domain/typhoon/storm-state-at";
import { replayStormFrom, type ReplayStormKey } from "@/scripts/typhoon/scenario/replay-storms";
import { DEMO_CITY_CENTRE, replayWindow } from "@/scripts/typhoon/scenario/replay-window";
import {
  createTyphoonWarnings,
  expectedCityWindsMs,
  HOLD_BEFORE_EASING_HOURS,
  RENEW_AFTER_HOURS,
  warningColour,
  MIN_EXPIRY_MS,
  WARNING_SENDER,
  type WarningClock,
} from "@/scripts/typhoon/scenario/typhoon-warnings";

const csv = readFileSync("datasets/typhoon/best-tracks.csv", "utf8");
const HOUR_MS = 3_600_000;

/** Every message the desk issues over the storm's days near the city, stepping 10 minutes. */
function issued(key: ReplayStormKey, offsetMs = 0, clock?: WarningClock): { atMs: number; alert: CapAlert }[] {
  const storm = replayStormFrom(csv, key);
  const window = replayWindow(storm.storm, DEMO_CITY_CENTRE, 500)!;
  const desk = createTyphoonWarnings({
    storm: storm.storm,
    stormId: storm.id,
    stormName: storm.name,
    city: DEMO_CITY_CENTRE,
    bounds: cityBounds,
    clock: clock ?? { at: (t) => new Date(t + offsetMs), hourMs: HOUR_MS },
  });
  const messages: { atMs: number; alert: CapAlert }[] = [];
  for (let t = window.startMs; t <= window.endMs; t += 10 * 60_000) {
    const alert = desk(t);
    if (alert) messages.push({ atMs: t, alert });
  }
  return messages;
}

const rank = (alert: CapAlert) => (alert.msgType === "Cancel" ? 0 : ["台风蓝色预警", "台风黄色预警", "台风橙色预警", "台风红色预警"].indexOf(alert.infos[0]!.event) + 1);

describe("the weather service's typhoon warning signals", () => {
  it("picks the colour by the mean wind expected at the city and how soon: Beaufort 6/8 within 24 h, 10 within 12 h, 12 within 6 h", () => {
    const hours = (windAt: Record<number, number>) => Array.from({ length: 25 }, (_, h) => windAt[h] ?? 5);
    expect(warningColour(hours({}))).toBeNull();
    expect(warningColour(hours({ 24: 10.7 }))).toBeNull();
    expect(warningColour(hours({ 24: 10.8 }))).toBe("blue");
    expect(warningColour(hours({ 20: 17.2 }))).toBe("yellow");
    // Beaufort 10 a day off is a yellow signal; within 12 hours an orange one.
    expect(warningColour(hours({ 20: 30 }))).toBe("yellow");
    expect(warningColour(hours({ 12: 24.5 }))).toBe("orange");
    expect(warningColour(hours({ 10: 40 }))).toBe("orange");
    expect(warningColour(hours({ 6: 32.7 }))).toBe("red");
    expect(warningColour(hours({ 0: 33 }))).toBe("red");
  });

  it("expects no gale from a storm far off, and the wind of the storm's core when it is over the city", () => {
    const infa = replayStormFrom(csv, "infa").storm;
    const far = Date.UTC(2021, 6, 21, 0);
    expect(polarOffset(stormStateAt(infa, far)!, DEMO_CITY_CENTRE).distanceKm).toBeGreaterThan(1_000);
    expect(warningColour(expectedCityWindsMs(infa, DEMO_CITY_CENTRE, far))).toBeNull();
    const near = Date.UTC(2021, 6, 26, 0);
    expect(polarOffset(stormStateAt(infa, near)!, DEMO_CITY_CENTRE).distanceKm).toBeLessThan(150);
    expect(expectedCityWindsMs(infa, DEMO_CITY_CENTRE, near)[0]).toBeGreaterThan(17.2);
    // Past the track's end the storm is gone: nothing blows.
    expect(expectedCityWindsMs(infa, DEMO_CITY_CENTRE, Date.UTC(2021, 7, 5)).every((w) => w === 0)).toBe(true);
  });

  it.each(["infa", "lekima"] as const)("over %s issues one Alert, Updates each naming the message before, and a Cancel at the end", (key) => {
    const messages = issued(key);
    expect(messages.map((m) => m.alert.msgType)).toEqual(["Alert", ...Array(messages.length - 2).fill("Update"), "Cancel"]);
    expect(messages.length).toBeGreaterThan(3);
    for (let i = 1; i < messages.length; i++) {
      const before = messages[i - 1]!.alert;
      const { alert, atMs } = messages[i]!;
      expect(alert.references).toBe(`${WARNING_SENDER},${before.identifier},${before.sent}`);
      const hoursSince = (atMs - messages[i - 1]!.atMs) / HOUR_MS;
      // A lower colour or the all-clear only once the signal has stood; the same colour only to renew it.
      if (rank(alert) < rank(before)) expect(hoursSince).toBeGreaterThanOrEqual(HOLD_BEFORE_EASING_HOURS);
      if (rank(alert) === rank(before)) expect(hoursSince).toBe(RENEW_AFTER_HOURS);
      expect(alert.identifier).not.toBe(before.identifier);
    }
    expect(messages[0]!.alert.references).toBeUndefined();
    // Every Alert and Update stands for a day from its sending, by which the next has come.
    for (const { alert } of messages.slice(0, -1)) {
      const info = alert.infos[0]!;
      expect(info.effective).toBe(alert.sent);
      expect(Date.parse(info.expires!) - Date.parse(alert.sent)).toBe(24 * HOUR_MS);
      expect(info).toMatchObject({ categories: ["Met"], urgency: "Expected", certainty: "Likely", language: "zh-CN" });
    }
  });

  it("rises for In-Fa to orange, Severe, as it closes on Shanghai, and is the same every time on the replay's clock", () => {
    const messages = issued("infa");
    const events = messages.map((m) => m.alert.infos[0]!.event);
    expect(events).toContain("台风橙色预警");
    const severityOf = Object.fromEntries(messages.slice(0, -1).map((m) => [m.alert.infos[0]!.event, m.alert.infos[0]!.severity]));
    expect(severityOf).toMatchObject({ 台风黄色预警: "Moderate", 台风橙色预警: "Severe", 台风蓝色预警: "Minor" });
    expect(issued("infa")).toEqual(messages);

    const offset = Date.UTC(2026, 0, 1) - Date.UTC(2021, 6, 24, 8);
    const shifted = issued("infa", offset);
    expect(shifted.map((m) => m.alert.infos[0]!.event)).toEqual(events);
    expect(shifted[0]!.alert.sent).toBe("2026-01-01T08:00:00+08:00");
    expect(shifted[0]!.alert.infos[0]!.expires).toBe("2026-01-02T08:00:00+08:00");
  });

  it.each(["infa", "lekima"] as const)("writes every %s message as CAP 1.2 that the alert intake's own parser takes back unchanged", (key) => {
    for (const { alert } of issued(key)) {
      const parsed = parseCapAlert(writeCapAlert(alert));
      expect(parsed).toEqual({ ok: true, alert });
      expect(alert.infos[0]!.areas[0]!.polygons[0]).toHaveLength(5);
    }
  });

  it("dates a time-lapsed replay's warnings when they are sent, each lasting a day of storm time but never under ten minutes", () => {
    const storm = replayStormFrom(csv, "infa");
    const windowStart = replayWindow(storm.storm, DEMO_CITY_CENTRE, 500)!.startMs;
    const startedAt = Date.UTC(2026, 11, 6, 6);
    const lapse = (speed: number): WarningClock => ({ at: (t) => new Date(startedAt + (t - windowStart) / speed), hourMs: HOUR_MS / speed });
    const lasting = (speed: number) => {
      const clock = lapse(speed);
      const messages = issued("infa", 0, clock);
      expect(messages.length).toBeGreaterThan(2);
      for (const { atMs, alert } of messages) expect(Date.parse(alert.sent)).toBe(Math.floor(clock.at(atMs).getTime() / 1000) * 1000);
      const issuedInfos = messages.filter((m) => m.alert.msgType !== "Cancel").map((m) => m.alert.infos[0]!);
      return new Set(issuedInfos.map((info) => Date.parse(info.expires!) - Date.parse(info.effective!)));
    };
    expect(lasting(60)).toEqual(new Set([24 * 60_000]));
    expect(lasting(3600)).toEqual(new Set([MIN_EXPIRY_MS]));
  });

  it("never gives two messages one identifier, though at high speed they share a second", () => {
    const storm = replayStormFrom(csv, "infa");
    const windowStart = replayWindow(storm.storm, DEMO_CITY_CENTRE, 500)!.startMs;
    const messages = issued("infa", 0, { at: (t) => new Date(Date.UTC(2026, 11, 6) + (t - windowStart) / 1e6), hourMs: HOUR_MS / 1e6 });
    expect(new Set(messages.map((m) => m.alert.sent)).size).toBeLessThan(messages.length);
    expect(new Set(messages.map((m) => m.alert.identifier)).size).toBe(messages.length);
  });
});
