import { describe, expect, it } from "vitest";
import { actorOfUser } from "@/lib/domain/identity/actor-of-user";

describe("actorOfUser", () => {
  it("gives department staff their department and grid workers their worker id", () => {
    expect(actorOfUser({ id: "user-water", role: "department_staff", department: "water", workerId: null })).toEqual({
      role: "department_staff",
      id: "user-water",
      department: "water",
    });
    expect(actorOfUser({ id: "user-worker", role: "grid_worker", department: null, workerId: "W0001" })).toEqual({
      role: "grid_worker",
      id: "user-worker",
      workerId: "W0001",
    });
  });

  it("carries no scope a role does not use", () => {
    expect(actorOfUser({ id: "user-resident", role: "resident", department: "water", workerId: "W0001" })).toEqual({
      role: "resident",
      id: "user-resident",
    });
    expect(actorOfUser({ id: "user-leader", role: "leader", department: null, workerId: null })).toEqual({ role: "leader", id: "user-leader" });
  });
});
