import type { Actor } from "@/lib/domain/cases/case-rules";

/** Who a household's personal data belong to, as visibility is decided on. */
export interface HouseholdScope {
  gridWorkerId: string;
  gridCell: string;
}

/** The viewer's own grid, when they are a grid worker (looked up from their worker record). */
export interface ViewerGrid {
  gridCell: string | null;
}

/**
 * Need to know: the desk (dispatcher, operator, admin) sends help; the household's own grid worker and the other
 * workers of its grid go there; civil-affairs staff (民政, who run elderly care in the communities) maintain the
 * registry. Everyone else (leaders, other grids, other departments, residents, the wall screen) sees it masked.
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
      return viewer.department === "civil_affairs";
    case "leader":
    case "resident":
      return false;
  }
}

/** Who may register and change households: those who see them, except the operator who watches the screens. */
export function canMaintainHousehold(viewer: Actor, viewerGrid: ViewerGrid, household: HouseholdScope): boolean {
  return viewer.role !== "operator" && canSeeHousehold(viewer, viewerGrid, household);
}

/** Who may register a household at all, before there is one to scope by. */
export function mayRegisterHouseholds(viewer: Actor): boolean {
  return (
    viewer.role === "dispatcher" ||
    viewer.role === "admin" ||
    viewer.role === "grid_worker" ||
    (viewer.role === "department_staff" && viewer.department === "civil_affairs")
  );
}
