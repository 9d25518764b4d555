import type { Channel } from "@/lib/contracts/event-report";
import type { Priority, Stage } from "@/lib/contracts/stage";

export interface CategoryForIntake {
  code: string;
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
  lat: number;
  lng: number;
  gridCell: string;
  district: number | null;
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
  location: { lat: number; lng: number };
  category: CategoryForIntake;
  place: Place;
  now: Date;
}

/**
 * A valid event in a known category opens a case that is reported and at once accepted (受理)
 * by the system; the history records both steps.
 */
export function openCase(input: OpenCaseInput): { case: OpenedCase; history: HistoryEntry[] } {
  const { now } = input;
  return {
    case: {
      id: input.caseId,
      code: input.code,
      category: input.category.code,
      channel: input.channel,
      priority: input.category.priority,
      stage: "accepted",
      description: input.description,
      lat: input.location.lat,
      lng: input.location.lng,
      gridCell: input.place.gridCell,
      district: input.place.district,
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
        detail: { eventId: input.eventId },
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
