import { describe, expect, it } from "vitest";
import { parseDemoArgs } from "@/scripts/demo/demo-args";

describe("demo command-line flags", () => {
  it("plays no typhoon unless asked, and one of the known storms at one storm hour in ten seconds when asked", () => {
    expect(parseDemoArgs([])).toEqual({ typhoonSpeed: 360 });
    expect(parseDemoArgs(["--typhoon", "infa"])).toEqual({ typhoon: "infa", typhoonSpeed: 360 });
    expect(parseDemoArgs(["--typhoon", "lekima", "--typhoon-speed", "720"])).toEqual({ typhoon: "lekima", typhoonSpeed: 720 });
  });

  it("refuses an unknown storm or speed, naming the option", () => {
    expect(() => parseDemoArgs(["--typhoon", "haiyan"])).toThrow(/typhoon/);
    expect(() => parseDemoArgs(["--typhoon", "infa", "--typhoon-speed", "0"])).toThrow(/typhoonSpeed/);
    expect(() => parseDemoArgs(["--storm", "infa"])).toThrow();
  });
});
