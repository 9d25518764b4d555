import { describe, expect, it } from "vitest";
import { parseReplayOptions, playedWindow } from "@/scripts/typhoon/replay-options";

describe("typhoon replay options", () => {
  it("needs a known storm and defaults to one storm hour in ten seconds on the replay's own clock", () => {
    const options = parseReplayOptions(["--storm", "infa"], { WEATHER_GATEWAY_TOKEN: "w".repeat(32), SENSOR_GATEWAY_TOKEN: "" });
    expect(options).toMatchObject({ storm: "infa", speed: 360, baseUrl: "http://127.0.0.1:3000", seed: "tonglan", stepMinutes: 10, clock: "now", weatherToken: "w".repeat(32) });
    expect(options.sensorToken).toBeUndefined();
    expect(() => parseReplayOptions([], {})).toThrow(/storm/);
    expect(() => parseReplayOptions(["--storm", "haiyan"], {})).toThrow(/storm/);
    expect(() => parseReplayOptions(["--storm", "infa", "--speed", "0"], {})).toThrow(/speed/);
    expect(() => parseReplayOptions(["--storm", "infa", "--step-minutes", "7"], {})).toThrow(/stepMinutes/);
  });

  it("plays the storm's time near the city unless told where to start and for how long", () => {
    const near = { startMs: Date.UTC(2021, 6, 24, 8), endMs: Date.UTC(2021, 6, 28, 15) };
    expect(playedWindow({}, near)).toEqual(near);
    const from = "2021-07-26T00:00:00Z";
    expect(playedWindow({ from, hours: 3 }, near)).toEqual({ startMs: Date.parse(from), endMs: Date.parse(from) + 3 * 3_600_000 });
    expect(playedWindow({ from }, near)).toEqual({ startMs: Date.parse(from), endMs: near.endMs });
  });
});
