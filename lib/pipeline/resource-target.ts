import { openStages, type Stage } from "@/lib/contracts/stage";
import type { ResourcePlace, ResourceTarget } from "@/lib/contracts/resource";
import type { Kysely } from "kysely";
import { findCasePlace } from "@/lib/db/repositories/resources.repository";
import type { Database } from "@/lib/db/schema";

export type TargetLookup = { ok: true; target: ResourceTarget | undefined } | { ok: false; code: "unknown_case" | "case_unplaced" | "case_finished"; message: string };

/** Where a resource is sent: an open, placed case at its position (labelled with its code), else the place given, else nowhere. */
export async function resourceTarget(db: Kysely<Database>, caseId: string | undefined, place: ResourcePlace | undefined): Promise<TargetLookup> {
  if (caseId === undefined) return { ok: true, target: place && { caseId: null, lat: place.lat, lng: place.lng, label: place.label ?? null } };
  const found = await findCasePlace(db, caseId);
  if (!found) return { ok: false, code: "unknown_case", message: `no case ${caseId}` };
  if (!openStages.includes(found.stage as Stage)) return { ok: false, code: "case_finished", message: `case ${found.code} is ${found.stage}` };
  if (found.lat === null || found.lng === null) return { ok: false, code: "case_unplaced", message: `case ${found.code} has no position yet` };
  return { ok: true, target: { caseId, lat: found.lat, lng: found.lng, label: found.code } };
}
