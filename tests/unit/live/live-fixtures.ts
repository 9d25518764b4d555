import type { CasePatchSet, CaseSummary, Delta, Kpi, Placed, ResourceSummary, ScreenMode, Snapshot, Stage, WorkerSummary } from "@/lib/contracts";

export function aCase(id: string, overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id,
    code: `SH-${id}`,
    category: "road_damage",
    channel: "resident_app",
    priority: "normal",
    stage: "reported",
    description: "pothole",
    lat: 31.23,
    lng: 121.47,
    gridCell: "8930e1d8a53ffff",
    district: 310101,
    locationApproximate: false,
    department: "city_management",
    assigneeId: null,
    assigneeName: null,
    createdAt: "2025-07-01T08:00:00.000Z",
    dispatchedAt: null,
    overdue: false,
    escalated: false,
    satisfied: null,
    version: 1,
    ...overrides,
  };
}

/** A case with its position, as the map layers draw them. */
export function aPlacedCase(id: string, overrides: Partial<CaseSummary & Placed> = {}): CaseSummary & Placed {
  return { ...aCase(id), lat: 31.23, lng: 121.47, gridCell: "8930e1d8a53ffff", ...overrides };
}

export function aWorker(id: string, overrides: Partial<WorkerSummary> = {}): WorkerSummary {
  return { id, name: `worker ${id}`, district: 310101, onDuty: true, load: 0, maxLoad: 5, lat: 31.2, lng: 121.4, ...overrides };
}

export function aKpi(computedAt: string, casesToday = 1): Kpi {
  return { computedAt, casesToday, dispatchedToday: 0, openCases: 1, meanSecondsToDispatch: null, workersOnDuty: 1, onTimeSignForRate: null, onTimeCloseRate: null, satisfactionRate: null, backlogByDepartment: [], backlogByDistrict: [], lastDay: [] };
}

export function aScreenMode(typhoon: boolean, changedAt = "2025-07-01T08:00:00.000Z"): ScreenMode {
  return { typhoon, typhoonSwitch: typhoon, alertInForce: false, changedAt, changedBy: null };
}

export function caseDelta(seq: number, id: string, version: number, stage: Stage = "reported"): Delta {
  return { seq, kind: "case", case: aCase(id, { version, stage }) };
}

export function casePatch(seq: number, id: string, version: number, set: CasePatchSet): Delta {
  return { seq, kind: "case-patch", id, version, set };
}

export function workerDelta(seq: number, worker: WorkerSummary): Delta {
  return { seq, kind: "worker", worker };
}

export function aSnapshot(seq: number, overrides: Partial<Snapshot> = {}): Snapshot {
  return { seq, cases: [], workers: [], resources: [], kpi: aKpi("2025-07-01T08:00:00.000Z"), mode: aScreenMode(false), sensors: [], forecasts: [], ...overrides };
}

export function aResource(id: string, overrides: Partial<ResourceSummary> = {}): ResourceSummary {
  return {
    id,
    kind: "pump",
    code: "PT-0001",
    nameZh: "黄浦排水抢险车1号",
    nameEn: "Huangpu pump truck 1",
    district: 310101,
    department: "water",
    lat: 31.23,
    lng: 121.47,
    state: "available",
    version: 1,
    capacity: null,
    occupancy: null,
    m3PerHour: 1000,
    stock: null,
    members: null,
    skills: [],
    target: null,
    demo: true,
    updatedAt: "2025-07-01T08:00:00.000Z",
    ...overrides,
  };
}
