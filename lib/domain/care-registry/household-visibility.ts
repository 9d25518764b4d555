import type { Actor } from "@/lib/domain/cases/case-rules";

/** Who a household's personal data belong to, as visibility is decided on. */
export interface HouseholdScope {
  gridWorkerId: string;
  gridCell: string;
}

/**
 * Where the viewer works, looked up from their record: a grid worker's own grid cell, and the cells of the
 * community a civil-affairs staff member serves (none for the city's civil-affairs staff at large).
 */
export interface ViewerGrid {
  gridCell: string | null;
  communityCells: readonly string[];
}

/**
 * Need to know: the desk (dispatcher, operator, admin) sends help; the household's own grid worker and the other
 * workers of its grid go there; the community staff of its grid (civil affairs, 民政, assigned to that cell) run
 * its care. Everyone else (leaders, other grids, other communities, civil-affairs staff without a community, other
 * departments, residents, the wall screen) sees it masked.
 */
export function canSeeHousehold(viewer: Actor, viewerGrid: ViewerGrid, household: HouseholdScope): boolean {
  switch (viewer.role) {
    case "dispatcher":
    case "operator":
    case "admin":
    case "system":
      return true;
    case "grid_worker":
      return viewer.workerId === household.gridWorkerId || (viewerGrid.gridCell !== null && viewerGrid.gridCell === household.gridCell);
    case "department_staff":
      return isCommunityStaff(viewer, viewerGrid) && viewerGrid.communityCells.includes(household.gridCell);
    case "leader":
    case "resident":
      return false;
  }
}

function isCommunityStaff(viewer: Actor, viewerGrid: ViewerGrid): boolean {
  return viewer.role === "department_staff" && viewer.department === "civil_affairs" && viewerGrid.communityCells.length > 0;
}

/** Who may register and change households: those who see them, except the operator who watches the screens. */
export function canMaintainHousehold(viewer: Actor, viewerGrid: ViewerGrid, household: HouseholdScope): boolean {
  return viewer.role !== "operator" && canSeeHousehold(viewer, viewerGrid, household);
}

/** Who may register a household at all, before there is one to scope by (then scoped by `canMaintainHousehold`). */
export function mayRegisterHouseholds(viewer: Actor, viewerGrid: ViewerGrid): boolean {
  return viewer.role === "dispatcher" || viewer.role === "admin" || viewer.role === "grid_worker" || isCommunityStaff(viewer, viewerGrid);
}
