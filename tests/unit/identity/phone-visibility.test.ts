import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { canSeePhone, visiblePhone } from "@/lib/domain/identity/phone-visibility";

const reporterPhone = { ownerId: "user-resident", assigneeWorkerId: "W0001" };
const as = (role: Actor["role"], extra: Partial<Actor> = {}): Actor => ({ role, id: `user-${role}`, ...extra });

describe("canSeePhone", () => {
  it("shows the desk every number", () => {
    for (const role of ["dispatcher", "operator", "admin"] as const) expect(canSeePhone(as(role), reporterPhone)).toBe(true);
  });

  it("shows a grid worker the number only on their own task", () => {
    expect(canSeePhone(as("grid_worker", { workerId: "W0001" }), reporterPhone)).toBe(true);
    expect(canSeePhone(as("grid_worker", { workerId: "W0002" }), reporterPhone)).toBe(false);
    expect(canSeePhone(as("grid_worker"), { ownerId: "user-resident" })).toBe(false);
  });

  it("hides it from leaders, department staff and other residents", () => {
    expect(canSeePhone(as("leader"), reporterPhone)).toBe(false);
    expect(canSeePhone(as("department_staff", { department: "water" }), reporterPhone)).toBe(false);
    expect(canSeePhone({ role: "resident", id: "user-resident2" }, reporterPhone)).toBe(false);
  });

  it("shows everyone their own number", () => {
    expect(canSeePhone({ role: "resident", id: "user-resident" }, reporterPhone)).toBe(true);
    expect(canSeePhone(as("leader"), { ownerId: "user-leader" })).toBe(true);
  });

  it("masks what may not be seen", () => {
    expect(visiblePhone("13812345678", as("leader"), reporterPhone)).toBe("138****5678");
    expect(visiblePhone("13812345678", as("dispatcher"), reporterPhone)).toBe("13812345678");
  });
});
