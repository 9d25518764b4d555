import type { ResourceSummary } from "@/lib/contracts";

let counter = 0;

/** A resource as the screens receive it; the fields of other kinds null. */
export function aResource(overrides: Partial<ResourceSummary> & Pick<ResourceSummary, "kind" | "state">): ResourceSummary {
  counter++;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`;
  return {
    id,
    code: `RS-${String(counter).padStart(4, "0")}`,
    nameZh: "资源",
    nameEn: "Resource",
    district: 310101,
    department: "emergency",
    lat: 31.23,
    lng: 121.47,
    version: 1,
    capacity: null,
    occupancy: null,
    m3PerHour: null,
    stock: null,
    members: null,
    skills: [],
    target: null,
    demo: true,
    updatedAt: "2026-07-25T12:00:00.000Z",
    ...overrides,
  };
}

export const aShelter = (capacity: number, occupancy: number, state: ResourceSummary["state"] = "open") =>
  aResource({ kind: "shelter", state, capacity, occupancy, department: "civil_affairs" });
