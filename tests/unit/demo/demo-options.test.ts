import { describe, expect, it } from "vitest";
import { demoOptionsSchema } from "@/scripts/demo/demo-options";

describe("demo options", () => {
  it("makes up a different random gateway token of at least 32 characters for each machine and each run", () => {
    const first = demoOptionsSchema.parse({});
    const second = demoOptionsSchema.parse({});
    for (const token of [first.SENSOR_GATEWAY_TOKEN, first.POSITIONS_GATEWAY_TOKEN]) expect(token).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(first.SENSOR_GATEWAY_TOKEN).not.toBe(first.POSITIONS_GATEWAY_TOKEN);
    expect(second.POSITIONS_GATEWAY_TOKEN).not.toBe(first.POSITIONS_GATEWAY_TOKEN);
  });

  it("keeps tokens set in the environment, and refuses short ones", () => {
    const set = "a-positions-token-of-forty-characters-00";
    expect(demoOptionsSchema.parse({ POSITIONS_GATEWAY_TOKEN: set }).POSITIONS_GATEWAY_TOKEN).toBe(set);
    expect(demoOptionsSchema.safeParse({ SENSOR_GATEWAY_TOKEN: "short" }).success).toBe(false);
  });
});
