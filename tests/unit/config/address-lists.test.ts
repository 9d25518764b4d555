import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/env";
import { inRanges, parseAddress } from "@/lib/http/address-range";

describe("address lists in the environment", () => {
  it("trusts no proxy and exempts only loopback from intake limits by default", () => {
    const config = parseConfig({});
    expect(config.TRUSTED_PROXIES).toEqual([]);
    const exempt = (address: string) => inRanges(parseAddress(address)!, config.INTAKE_LIMIT_EXEMPT);
    expect([exempt("127.0.0.1"), exempt("::1"), exempt("::ffff:127.0.0.9"), exempt("10.0.0.1")]).toEqual([true, true, true, false]);
  });

  it("stops at start naming the variable and the entry that is not an address", () => {
    expect(() => parseConfig({ TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal" })).toThrow(/TRUSTED_PROXIES: .*"proxy.internal"/);
  });
});
