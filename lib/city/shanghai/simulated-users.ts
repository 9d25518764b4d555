import type { DemoUser } from "../demo-user";
import { demoUsers } from "./demo-users";
import { departments, workers } from "./index";

/**
 * The people the demo's simulator acts as, each through the real API with an account of its own: every
 * grid worker and department that no demo account stands for (those are left to whoever tries the demo),
 * and one dispatcher. Seeded with the demo city only, with the demo password; never listed on /sign-in.
 */
const humanWorkerIds = new Set(demoUsers.flatMap((u) => (u.workerId ? [u.workerId] : [])));

export const simulatedDispatcherUsername = "sim-dispatcher";

export const simulatedWorkerUsernames: ReadonlyMap<string, string> = new Map(
  workers.filter((w) => !humanWorkerIds.has(w.id)).map((w) => [w.id, `sim-${w.id.toLowerCase()}`]),
);

export const simulatedDepartmentUsernames: ReadonlyMap<string, string> = new Map(departments.map((d) => [d.code, `sim-${d.code}`]));

export const simulatedUsers: readonly DemoUser[] = [
  { id: `user-${simulatedDispatcherUsername}`, username: simulatedDispatcherUsername, displayName: "调度员（模拟）", role: "dispatcher" },
  ...workers.flatMap((w): DemoUser[] => {
    const username = simulatedWorkerUsernames.get(w.id);
    return username ? [{ id: `user-${username}`, username, displayName: w.name, role: "grid_worker", workerId: w.id, phone: w.phone }] : [];
  }),
  ...departments.map((d): DemoUser => {
    const username = simulatedDepartmentUsernames.get(d.code) ?? `sim-${d.code}`;
    return { id: `user-${username}`, username, displayName: `${d.nameZh} 值班员（模拟）`, role: "department_staff", department: d.code };
  }),
];
