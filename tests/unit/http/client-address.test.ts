import { describe, expect, it } from "vitest";
import { parseAddressRanges } from "@/lib/http/address-range";
import { addressBucket, resolveClientAddress } from "@/lib/http/client-address";

const trusted = parseAddressRanges("10.0.0.0/8, 127.0.0.1, 2001:db8:aa::/48, ::1");
const resolve = (peer: string | undefined, forwardedFor?: string | string[], trustedProxies = trusted) =>
  resolveClientAddress({ peer, forwardedFor, trustedProxies });

describe("resolveClientAddress", () => {
  it("ignores X-Forwarded-For when no proxy is trusted, whatever the client writes", () => {
    for (const forged of ["1.2.3.4", "9.9.9.9, 127.0.0.1", "::1"]) {
      expect(resolve("203.0.113.7", forged, [])).toBe("203.0.113.7");
      expect(resolve("127.0.0.1", forged, [])).toBe("127.0.0.1");
    }
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolve("203.0.113.7", "1.2.3.4")).toBe("203.0.113.7");
  });

  it("walks from the right past trusted hops to the first untrusted one", () => {
    expect(resolve("127.0.0.1", "198.51.100.1")).toBe("198.51.100.1");
    expect(resolve("127.0.0.1", "6.6.6.6, 198.51.100.1, 10.1.2.3")).toBe("198.51.100.1");
    expect(resolve("10.0.0.2", ["6.6.6.6, 198.51.100.1", "10.9.9.9"])).toBe("198.51.100.1");
  });

  it("gives the client no say by prepending entries: only the hop our proxy saw counts", () => {
    const many = Array.from({ length: 60 }, (_, i) => `172.16.${i}.1`);
    expect(new Set(many.map((forged) => resolve("127.0.0.1", `${forged}, 198.51.100.1`)))).toEqual(new Set(["198.51.100.1"]));
  });

  it("takes the leftmost hop when every hop is trusted, and the peer when the header is absent or empty", () => {
    expect(resolve("127.0.0.1", "10.0.0.5, 10.0.0.6")).toBe("10.0.0.5");
    expect(resolve("127.0.0.1", undefined)).toBe("127.0.0.1");
    expect(resolve("127.0.0.1", " , ")).toBe("127.0.0.1");
  });

  it("stops at garbage at the last hop it can vouch for, so garbage is no fresh identity", () => {
    expect(resolve("127.0.0.1", "not-an-ip")).toBe("127.0.0.1");
    expect(resolve("127.0.0.1", "1.2.3.4, <script>, 10.0.0.7")).toBe("10.0.0.7");
    expect(resolve("127.0.0.1", "1.2.3.4, 999.1.1.1")).toBe("127.0.0.1");
    expect(resolve("127.0.0.1", "1.2.3.4, unknown")).toBe("127.0.0.1");
  });

  it("treats IPv4-mapped IPv6 as the IPv4 address, as peer, as hop and in the trusted list", () => {
    expect(resolve("::ffff:127.0.0.1", "198.51.100.1")).toBe("198.51.100.1");
    expect(resolve("::ffff:203.0.113.9", "198.51.100.1")).toBe("203.0.113.9");
    expect(resolve("127.0.0.1", "::ffff:198.51.100.1")).toBe("198.51.100.1");
    expect(resolve("127.0.0.1", "198.51.100.1, ::ffff:10.2.2.2")).toBe("198.51.100.1");
    expect(resolve("::ffff:10.0.0.1", "1.1.1.1", parseAddressRanges("::ffff:10.0.0.0/104"))).toBe("1.1.1.1");
  });

  it("reads IPv6 peers and hops, bracketed, with ports and zones, and IPv4 with ports", () => {
    expect(resolve("::1", "2001:DB8::1")).toBe("2001:db8:0:0:0:0:0:1");
    expect(resolve("2001:db8:aa:1::5", "[2001:db8::2]:4711, 2001:db8:aa::9")).toBe("2001:db8:0:0:0:0:0:2");
    expect(resolve("2001:db8:ab::5", "2001:db8::2")).toBe("2001:db8:ab:0:0:0:0:5");
    expect(resolve("127.0.0.1", "198.51.100.1:5555")).toBe("198.51.100.1");
    expect(resolve("fe80::1%eth0", undefined)).toBe("fe80:0:0:0:0:0:0:1");
  });

  it("answers unknown without a readable peer", () => {
    expect(resolve(undefined, "1.2.3.4")).toBe("unknown");
    expect(resolve("", "1.2.3.4")).toBe("unknown");
  });
});

describe("parseAddressRanges", () => {
  it("rejects what is not an address or a range", () => {
    for (const bad of ["10.0.0.0/33", "::1/129", "proxy.local", "10.0.0.1/x", "1.2.3.4/8/8"]) {
      expect(() => parseAddressRanges(bad), bad).toThrow(/not an IP address/);
    }
    expect(parseAddressRanges("")).toEqual([]);
  });
});

describe("addressBucket", () => {
  it("counts an IPv4 address alone and an IPv6 address by its /64", () => {
    expect(addressBucket("198.51.100.1")).toBe("198.51.100.1");
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe(addressBucket("2001:db8:1:2:ffff::9"));
    expect(addressBucket("2001:db8:1:2::1")).not.toBe(addressBucket("2001:db8:1:3::1"));
  });
});
