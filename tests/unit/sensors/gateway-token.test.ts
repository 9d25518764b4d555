import { describe, expect, it } from "vitest";
import { gatewayTokenAccepted } from "@/lib/domain/identity/gateway-token";

const token = "k7Yd0c6fP1wq9m2Zr8tB3nXe5hJv4LsA";

describe("gatewayTokenAccepted", () => {
  it("lets everyone in when no token is configured", () => {
    expect(gatewayTokenAccepted(undefined, null)).toBe(true);
  });

  it("needs the configured token as a bearer token", () => {
    expect(gatewayTokenAccepted(token, `Bearer ${token}`)).toBe(true);
    expect(gatewayTokenAccepted(token, `bearer ${token}`)).toBe(true);
    expect(gatewayTokenAccepted(token, null)).toBe(false);
    expect(gatewayTokenAccepted(token, token)).toBe(false);
    expect(gatewayTokenAccepted(token, `Bearer ${token}x`)).toBe(false);
    expect(gatewayTokenAccepted(token, "Bearer ")).toBe(false);
  });
});
