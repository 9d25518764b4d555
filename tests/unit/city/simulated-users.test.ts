import { describe, expect, it } from "vitest";
import { departments, workers } from "@/lib/city/shanghai";
import { demoUsers } from "@/lib/city/shanghai/demo-users";
import { simulatedDepartmentUsernames, simulatedUsers, simulatedWorkerUsernames } from "@/lib/city/shanghai/simulated-users";

describe("the simulator's accounts", () => {
  it("stand for every grid worker except the demo's own, every department and one dispatcher", () => {
    const humanWorkers = demoUsers.flatMap((u) => (u.workerId ? [u.workerId] : []));
    expect(simulatedWorkerUsernames.size).toBe(workers.length - humanWorkers.length);
    for (const id of humanWorkers) expect(simulatedWorkerUsernames.has(id)).toBe(false);
    expect([...simulatedDepartmentUsernames.keys()].sort()).toEqual(departments.map((d) => d.code).sort());
    expect(simulatedUsers.filter((u) => u.role === "dispatcher")).toHaveLength(1);
  });

  it("never collide with a demo account, and each worker or department has one", () => {
    const all = [...demoUsers, ...simulatedUsers];
    expect(new Set(all.map((u) => u.username)).size).toBe(all.length);
    expect(new Set(all.map((u) => u.id)).size).toBe(all.length);
    const workerIds = all.flatMap((u) => (u.workerId ? [u.workerId] : []));
    expect(new Set(workerIds).size).toBe(workerIds.length);
    for (const user of simulatedUsers) {
      if (user.workerId) expect(simulatedWorkerUsernames.get(user.workerId)).toBe(user.username);
      if (user.department) expect(simulatedDepartmentUsernames.get(user.department)).toBe(user.username);
    }
  });
});
