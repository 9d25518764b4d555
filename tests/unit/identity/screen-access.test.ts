import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/contracts/roles";
import { mayWatchScreen } from "@/lib/domain/identity/screen-access";

const viewer = (role: Role) => ({ role, id: `user-${role}` });

describe("who may watch the wall screen", () => {
  it("lets the desk and leaders watch whether or not the screen is public", () => {
    for (const role of ["operator", "leader", "admin", "dispatcher"] as const) {
      expect(mayWatchScreen(viewer(role), false), role).toBe(true);
      expect(mayWatchScreen(viewer(role), true), role).toBe(true);
    }
  });

  it("keeps signed-in residents, grid workers and department staff to their own pages", () => {
    for (const role of ["resident", "grid_worker", "department_staff"] as const) {
      expect(mayWatchScreen(viewer(role), true), role).toBe(false);
      expect(mayWatchScreen(viewer(role), false), role).toBe(false);
    }
  });

  it("lets anonymous viewers watch only while the screen is public", () => {
    expect(mayWatchScreen(null, true)).toBe(true);
    expect(mayWatchScreen(null, false)).toBe(false);
  });
});
