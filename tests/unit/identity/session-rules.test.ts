import { describe, expect, it } from "vitest";
import { roleHome, safeNextPath } from "@/lib/domain/identity/role-home";
import { clearedSessionCookie, readSessionCookie, sessionCookie } from "@/lib/domain/identity/session-cookie";
import { needsTouch, sessionExpiry } from "@/lib/domain/identity/session-lifetime";

const at = (iso: string) => new Date(iso);

describe("session lifetime", () => {
  it("slides 12 h past the last use, up to 7 days from sign-in", () => {
    const signedIn = at("2026-07-01T08:00:00Z");
    expect(sessionExpiry(signedIn, signedIn)).toEqual(at("2026-07-01T20:00:00Z"));
    expect(sessionExpiry(signedIn, at("2026-07-03T09:00:00Z"))).toEqual(at("2026-07-03T21:00:00Z"));
    expect(sessionExpiry(signedIn, at("2026-07-08T01:00:00Z"))).toEqual(at("2026-07-08T08:00:00Z"));
  });

  it("writes last-seen at most once a minute", () => {
    expect(needsTouch(at("2026-07-01T08:00:00Z"), at("2026-07-01T08:00:30Z"))).toBe(false);
    expect(needsTouch(at("2026-07-01T08:00:00Z"), at("2026-07-01T08:01:00Z"))).toBe(true);
  });
});

describe("session cookie", () => {
  it("is HttpOnly and SameSite=Lax, Secure only over https", () => {
    expect(sessionCookie("abc", false)).toBe("tonglan_session=abc; Path=/; Max-Age=604800; HttpOnly; SameSite=Lax");
    expect(sessionCookie("abc", true)).toMatch(/; Secure$/);
    expect(clearedSessionCookie(false)).toMatch(/^tonglan_session=; Path=\/; Max-Age=0;/);
  });

  it("is read from a Cookie header among others", () => {
    expect(readSessionCookie("a=1; tonglan_session=tok-en_1; b=2")).toBe("tok-en_1");
    expect(readSessionCookie("tonglan_session_x=1; a=2")).toBeNull();
    expect(readSessionCookie("tonglan_session=")).toBeNull();
    expect(readSessionCookie(undefined)).toBeNull();
  });
});

describe("after sign-in", () => {
  it("sends each role home", () => {
    expect(roleHome("operator")).toBe("/");
    expect(roleHome("dispatcher")).toBe("/dispatch");
    expect(roleHome("grid_worker")).toBe("/m");
    expect(roleHome("department_staff")).toBe("/m");
    expect(roleHome("resident")).toBe("/report");
  });

  it("follows ?next= only to a path on this site", () => {
    expect(safeNextPath("/dispatch?case=1")).toBe("/dispatch?case=1");
    for (const bad of ["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "/a\nb", "", null]) {
      expect(safeNextPath(bad)).toBeNull();
    }
  });
});
