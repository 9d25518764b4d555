import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { canMaintainHousehold, canSeeHousehold, mayRegisterHouseholds, type ViewerGrid } from "@/lib/domain/care-registry/household-visibility";

const scope = { gridWorkerId: "W0001", gridCell: "89309959b8fffff" };
const noGrid: ViewerGrid = { gridCell: null, communityCells: [] };
const workerIn = (gridCell: string): ViewerGrid => ({ gridCell, communityCells: [] });
const communityOf = (...cells: string[]): ViewerGrid => ({ gridCell: null, communityCells: cells });
const as = (actor: Partial<Actor> & Pick<Actor, "role">): Actor => ({ id: `user-${actor.role}`, ...actor });
const civilAffairs = as({ role: "department_staff", department: "civil_affairs" });

describe("who sees a household whole", () => {
  it("the desk and the household's grid worker", () => {
    for (const role of ["dispatcher", "operator", "admin"] as const) expect(canSeeHousehold(as({ role }), noGrid, scope)).toBe(true);
    expect(canSeeHousehold(as({ role: "grid_worker", workerId: "W0001" }), workerIn("other"), scope)).toBe(true);
  });

  it("other workers of the same grid", () => {
    expect(canSeeHousehold(as({ role: "grid_worker", workerId: "W0099" }), workerIn("89309959b8fffff"), scope)).toBe(true);
  });

  it("the community staff of its grid, whichever of their community's cells it is in", () => {
    expect(canSeeHousehold(civilAffairs, communityOf("89309959b8fffff"), scope)).toBe(true);
    expect(canSeeHousehold(civilAffairs, communityOf("89309959babffff", "89309959b8fffff"), scope)).toBe(true);
  });

  it("not community staff of another grid, nor civil-affairs staff without a community", () => {
    expect(canSeeHousehold(civilAffairs, communityOf("8930994a653ffff"), scope)).toBe(false);
    expect(canSeeHousehold(civilAffairs, noGrid, scope)).toBe(false);
  });

  it("cells assigned to staff of another department grant nothing", () => {
    expect(canSeeHousehold(as({ role: "department_staff", department: "water" }), communityOf("89309959b8fffff"), scope)).toBe(false);
  });

  it("nobody else: workers of other grids, leaders, residents", () => {
    expect(canSeeHousehold(as({ role: "grid_worker", workerId: "W0002" }), workerIn("89309959babffff"), scope)).toBe(false);
    expect(canSeeHousehold(as({ role: "leader" }), noGrid, scope)).toBe(false);
    expect(canSeeHousehold(as({ role: "resident" }), noGrid, scope)).toBe(false);
  });
});

describe("who maintains the registry", () => {
  it("the operator watches but does not maintain; the dispatcher does", () => {
    expect(canMaintainHousehold(as({ role: "operator" }), noGrid, scope)).toBe(false);
    expect(canMaintainHousehold(as({ role: "dispatcher" }), noGrid, scope)).toBe(true);
  });

  it("community staff maintain their grid's households only", () => {
    expect(canMaintainHousehold(civilAffairs, communityOf("89309959b8fffff"), scope)).toBe(true);
    expect(canMaintainHousehold(civilAffairs, communityOf("8930994a653ffff"), scope)).toBe(false);
  });

  it("registering at all: the desk, grid workers and community staff; not leaders, residents or staff without a community", () => {
    expect(mayRegisterHouseholds(as({ role: "grid_worker", workerId: "W0001" }), workerIn("89309959b8fffff"))).toBe(true);
    expect(mayRegisterHouseholds(civilAffairs, communityOf("89309959b8fffff"))).toBe(true);
    expect(mayRegisterHouseholds(civilAffairs, noGrid)).toBe(false);
    expect(mayRegisterHouseholds(as({ role: "department_staff", department: "water" }), communityOf("89309959b8fffff"))).toBe(false);
    expect(mayRegisterHouseholds(as({ role: "leader" }), noGrid)).toBe(false);
    expect(mayRegisterHouseholds(as({ role: "resident" }), noGrid)).toBe(false);
  });
});
