import type { Channel } from "@/lib/contracts/event-report";
import type { GeoLocation } from "@/lib/contracts/geo";
import type { Priority, Stage } from "@/lib/contracts/stage";

export interface CategoryForIntake {
  code: string;
  nameZh: string;
  department: string;
  priority: Priority;
}

export interface Place {
  gridCell: string;
  district: number | null;
}

export interface OpenedCase {
  id: string;
  code: string;
  category: string;
  channel: Channel;
  priority: Priority;
  stage: Stage;
  description: string;
  /** Null, with `gridCell`, while the case waits for a dispatcher to place it (待定位). */
  lat: number | null;
  lng: number | null;
  gridCell: string | null;
  district: number | null;
  /** Placed at the centre of the district its address names, not where the problem is. */
  locationApproximate: boolean;
  department: string;
  createdAt: Date;
}

export interface HistoryEntry {
  at: Date;
  actor: string;
  action: string;
  fromStage: Stage | null;
  toStage: Stage | null;
  detail: Record<string, unknown>;
}

export interface OpenCaseInput {
  caseId: string;
  code: string;
  eventId: string;
  channel: Channel;
  description: string;
  /** Where the report is, with its grid, or null when neither it nor its address said. */
  located: { location: GeoLocation; place: Place; by: "report" | "address" } | null;
  category: CategoryForIntake;
  now: Date;
}

/**
 * A valid event in a known category opens a case that is reported and at once accepted (受理)
 * by the system; the history records both steps and how the case was placed. A report without a
 * description carries its category's name.
 */
export function openCase(input: OpenCaseInput): { case: OpenedCase; history: HistoryEntry[] } {
  const { now, located } = input;
  return {
    case: {
      id: input.caseId,
      code: input.code,
      category: input.category.code,
      channel: input.channel,
      priority: input.category.priority,
      stage: "accepted",
      description: input.description || input.category.nameZh,
      lat: located?.location.lat ?? null,
      lng: located?.location.lng ?? null,
      gridCell: located?.place.gridCell ?? null,
      district: located?.place.district ?? null,
      locationApproximate: located?.by === "address",
      department: input.category.department,
      createdAt: now,
    },
    history: [
      {
        at: now,
        actor: `channel:${input.channel}`,
        action: "report",
        fromStage: null,
        toStage: "reported",
        detail: { eventId: input.eventId, placedBy: located?.by ?? null },
      },
      {
        at: now,
        actor: "system",
        action: "accept",
        fromStage: "reported",
        toStage: "accepted",
        detail: { rule: "known-category", category: input.category.code },
      },
    ],
  };
}
