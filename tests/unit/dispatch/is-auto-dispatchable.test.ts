import { describe, expect, it } from "vitest";
import { isAutoDispatchable } from "@/lib/domain/dispatch/is-auto-dispatchable";

const placed = { stage: "accepted" as const, lat: 31.23, lng: 121.47, gridCell: "8930e1d8a53ffff", locationApproximate: false };
const auto = { autoDispatch: true };

describe("isAutoDispatchable", () => {
  it("takes a placed case waiting in the pool in a category auto-dispatch serves", () => {
    expect(isAutoDispatchable(placed, auto)).toBe(true);
    expect(isAutoDispatchable({ ...placed, stage: "reopened" }, auto)).toBe(true);
  });

  it("leaves to the desk a case not yet placed, one placed only by its address's district, one in a desk category, and one not waiting", () => {
    expect(isAutoDispatchable({ ...placed, lat: null, lng: null, gridCell: null }, auto)).toBe(false);
    expect(isAutoDispatchable({ ...placed, locationApproximate: true }, auto)).toBe(false);
    expect(isAutoDispatchable(placed, { autoDispatch: false })).toBe(false);
    expect(isAutoDispatchable({ ...placed, stage: "dispatched" }, auto)).toBe(false);
  });
});
