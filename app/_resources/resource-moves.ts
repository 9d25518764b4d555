import type { ResourceAction, ResourceState, ResourceSummary } from "@/lib/contracts";

/** Who is acting: the desk commands (dispatch console), the field reports (department staff's phones). */
export type Audience = "desk" | "field";

/** A move the UI offers as one button: no input beyond an optional note. `report` and `move` carry their own form. */
export type ButtonMove = Extract<ResourceAction, "arrive" | "release" | "back" | "recall" | "open" | "close">;

const movable = new Set(["pump", "team", "vehicle"]);

// The UI's view of docs/resources.md's rule table: what each state offers. The server still decides.
const travelling: Partial<Record<ResourceState, { desk: ButtonMove[]; field: ButtonMove[] }>> = {
  en_route: { desk: ["arrive", "recall"], field: ["arrive"] },
  on_scene: { desk: ["release", "recall"], field: ["release"] },
  returning: { desk: ["back"], field: ["back"] },
};

const shelterMoves: Partial<Record<ResourceState, ButtonMove[]>> = { open: ["close"], full: ["close"], closed: ["open"] };

/** The one-tap moves a resource's state allows for this audience, in the order they are shown. */
export function buttonMoves(resource: Pick<ResourceSummary, "kind" | "state">, audience: Audience): ButtonMove[] {
  if (resource.kind === "shelter") return audience === "field" ? (shelterMoves[resource.state] ?? []) : [];
  if (!movable.has(resource.kind)) return [];
  return travelling[resource.state]?.[audience] ?? [];
}

/** Only an idle pump, team or vehicle is sent or pre-positioned, and only from the desk. */
export function canSend(resource: Pick<ResourceSummary, "kind" | "state">): boolean {
  return movable.has(resource.kind) && resource.state === "available";
}

/** A crew on a job tells how it goes (report takes a note). */
export function canReport(resource: Pick<ResourceSummary, "kind" | "state">): boolean {
  return movable.has(resource.kind) && resource.state in travelling;
}

/** Out on a job: sent, there, or on the way back. */
export function isOut(resource: Pick<ResourceSummary, "kind" | "state">): boolean {
  return movable.has(resource.kind) && resource.state !== "available";
}
