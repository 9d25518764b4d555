import type { ResourceSummary } from "@/lib/contracts";
import { isOut } from "./resource-moves";

export interface ResourceTally {
  sheltersOpen: number;
  shelters: number;
  peopleSheltered: number;
  shelterPlaces: number;
  pumpsOut: number;
  pumps: number;
  teamsOut: number;
  teams: number;
}

/** The wall screen's resource counts: shelters open (or full), people in them against the places of those open, pumps and teams out on a job. */
export function tallyResources(resources: Iterable<ResourceSummary>): ResourceTally {
  const tally: ResourceTally = { sheltersOpen: 0, shelters: 0, peopleSheltered: 0, shelterPlaces: 0, pumpsOut: 0, pumps: 0, teamsOut: 0, teams: 0 };
  for (const resource of resources) {
    if (resource.kind === "shelter") {
      tally.shelters++;
      tally.peopleSheltered += resource.occupancy ?? 0;
      if (resource.state !== "closed") {
        tally.sheltersOpen++;
        tally.shelterPlaces += resource.capacity ?? 0;
      }
    } else if (resource.kind === "pump") {
      tally.pumps++;
      if (isOut(resource)) tally.pumpsOut++;
    } else if (resource.kind === "team") {
      tally.teams++;
      if (isOut(resource)) tally.teamsOut++;
    }
  }
  return tally;
}
