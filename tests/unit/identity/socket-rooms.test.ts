import { describe, expect, it } from "vitest";
import { roomsFor } from "@/lib/realtime/socket-rooms";

describe("socket rooms by role", () => {
  it("puts the desk and leaders on the wall screen, and only the desk where its text is read unmasked", () => {
    for (const role of ["operator", "admin", "dispatcher"] as const) {
      expect(roomsFor({ role, id: `user-${role}` }, false)).toEqual(["screen", "screen:full-text", `user:user-${role}`]);
    }
    expect(roomsFor({ role: "leader", id: "user-leader" }, false)).toEqual(["screen", "user:user-leader"]);
  });

  it("gives department staff their department, grid workers their own tasks, residents only themselves", () => {
    expect(roomsFor({ role: "department_staff", id: "user-water", department: "water" }, true)).toEqual(["department:water", "user:user-water"]);
    expect(roomsFor({ role: "grid_worker", id: "user-worker", workerId: "W0001" }, true)).toEqual(["worker:W0001", "user:user-worker"]);
    expect(roomsFor({ role: "resident", id: "user-resident" }, true)).toEqual(["user:user-resident"]);
  });

  it("lets anonymous sockets watch the screen only while it is public", () => {
    expect(roomsFor(null, true)).toEqual(["screen"]);
    expect(roomsFor(null, false)).toEqual([]);
  });
});
