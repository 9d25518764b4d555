import type { Role } from "@/lib/contracts/roles";

/** A demo account seeded with a demo city; every one signs in with the city's shared demo password. */
export interface DemoUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  department?: string;
  workerId?: string;
  phone?: string;
  /** Civil-affairs community staff: the grid cells whose care registry they keep. */
  communityCells?: readonly string[];
}
