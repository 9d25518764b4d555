import type { DemoUser } from "../demo-user";
import { workers } from "./index";

/** Shared by every demo account, documented in the README; never used outside a demo city. */
export const DEMO_PASSWORD = "tonglan2026";

function workerAccount(username: string, workerId: string): DemoUser {
  const worker = workers.find((w) => w.id === workerId);
  if (!worker) throw new Error(`demo user ${username}: no worker ${workerId} in the demo city`);
  return { id: `user-${username}`, username, displayName: worker.name, role: "grid_worker", workerId, phone: worker.phone };
}

/** A civil-affairs (民政) community staff member keeping the care registry of the grids of these demo workers. */
function communityAccount(username: string, displayName: string, phone: string, workerIds: readonly string[]): DemoUser {
  const communityCells = workerIds.map((id) => {
    const worker = workers.find((w) => w.id === id);
    if (!worker) throw new Error(`demo user ${username}: no worker ${id} in the demo city`);
    return worker.gridCell;
  });
  return { id: `user-${username}`, username, displayName, role: "department_staff", department: "civil_affairs", phone, communityCells };
}

/** One or more accounts per role, for the demo city's departments and first grid workers. */
export const demoUsers: readonly DemoUser[] = [
  { id: "user-resident", username: "resident", displayName: "陈晓燕", role: "resident", phone: "13812345678" },
  { id: "user-resident2", username: "resident2", displayName: "刘伟", role: "resident", phone: "13987654321" },
  workerAccount("worker", "W0001"),
  workerAccount("worker2", "W0002"),
  workerAccount("worker3", "W0003"),
  { id: "user-water", username: "water", displayName: "水务局 王强", role: "department_staff", department: "water", phone: "13600000101" },
  { id: "user-police", username: "police", displayName: "公安局 李军", role: "department_staff", department: "police", phone: "13600000102" },
  // Shelter staff (民政) and rescue team leaders (应急管理局): department staff of the departments that run those resources.
  { id: "user-shelter", username: "shelter", displayName: "民政局 陈静", role: "department_staff", department: "civil_affairs", phone: "13600000103" },
  // Community staff (社区, civil affairs): the grids of worker and worker2, whose demo households they see whole; and
  // of worker3 only, who sees the first grid's households masked.
  communityAccount("community", "社区 黄丽", "13600000105", ["W0001", "W0002"]),
  communityAccount("community2", "社区 马芳", "13600000106", ["W0003"]),
  { id: "user-rescue", username: "rescue", displayName: "应急管理局 刘勇", role: "department_staff", department: "emergency", phone: "13600000104" },
  { id: "user-dispatcher", username: "dispatcher", displayName: "周敏", role: "dispatcher", phone: "13600000201" },
  { id: "user-operator", username: "operator", displayName: "吴磊", role: "operator", phone: "13600000202" },
  { id: "user-leader", username: "leader", displayName: "郑华", role: "leader", phone: "13600000203" },
  { id: "user-admin", username: "admin", displayName: "孙立", role: "admin" },
];
