import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/env";

const token = (c: string) => c.repeat(40);

describe("gateway tokens in production", () => {
  it("stops a production process whose gateways would be open, naming each missing variable", () => {
    expect(() => parseConfig({ NODE_ENV: "production" })).toThrow(/SENSOR_GATEWAY_TOKEN: required when NODE_ENV=production/);
    expect(() => parseConfig({ NODE_ENV: "production", SENSOR_GATEWAY_TOKEN: token("s") })).toThrow(/POSITIONS_GATEWAY_TOKEN: required/);
    expect(() => parseConfig({ NODE_ENV: "production", SENSOR_GATEWAY_TOKEN: token("s") })).not.toThrow(/SENSOR_GATEWAY_TOKEN/);
    expect(() => parseConfig({ NODE_ENV: "production", SENSOR_GATEWAY_TOKEN: token("s"), POSITIONS_GATEWAY_TOKEN: token("p") })).toThrow(
      /WEATHER_GATEWAY_TOKEN: required/,
    );
  });

  it("starts with every token, or when told that only the gateways reach it", () => {
    const tokens = { SENSOR_GATEWAY_TOKEN: token("s"), POSITIONS_GATEWAY_TOKEN: token("p"), WEATHER_GATEWAY_TOKEN: token("w") };
    expect(parseConfig({ NODE_ENV: "production", ...tokens }).NODE_ENV).toBe("production");
    expect(parseConfig({ NODE_ENV: "production", GATEWAYS_ON_CLOSED_NETWORK: "true" }).GATEWAYS_ON_CLOSED_NETWORK).toBe(true);
  });

  it("leaves development and tests open, as before", () => {
    expect(parseConfig({}).SENSOR_GATEWAY_TOKEN).toBeUndefined();
    expect(parseConfig({ NODE_ENV: "test" }).POSITIONS_GATEWAY_TOKEN).toBeUndefined();
  });
});
