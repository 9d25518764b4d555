"use client";

import type { ResourceSummary } from "@/lib/contracts";
import { formatOccupancy } from "./occupancy";
import { useResourceMessages } from "./use-resource-messages";

/** Where a resource is sent, in words when the place has a label, else its coordinates. */
export function resourceTargetText(target: NonNullable<ResourceSummary["target"]>, digits: number): string {
  return target.label ?? `${target.lat.toFixed(digits)}, ${target.lng.toFixed(digits)}`;
}

/** The rows of a facts list that say what a resource has: places taken, m³/h, bags, people and their skills. */
export function ResourceCapabilityFacts({ resource, testIdPrefix }: { resource: ResourceSummary; testIdPrefix: string }) {
  const r = useResourceMessages();
  return (
    <>
      {resource.kind === "shelter" && (
        <>
          <dt>{r.occupancy}</dt>
          <dd data-testid={`${testIdPrefix}-occupancy`}>{formatOccupancy(resource)}</dd>
        </>
      )}
      {resource.m3PerHour !== null && (
        <>
          <dt>{r.kinds.pump}</dt>
          <dd>{r.capacityPerHour(resource.m3PerHour)}</dd>
        </>
      )}
      {resource.stock !== null && (
        <>
          <dt>{r.kinds.sandbags}</dt>
          <dd>{r.stock(resource.stock)}</dd>
        </>
      )}
      {resource.members !== null && (
        <>
          <dt>{r.kinds.team}</dt>
          <dd>{r.members(resource.members)}</dd>
        </>
      )}
      {resource.skills.length > 0 && (
        <>
          <dt>{r.skillsLabel}</dt>
          <dd>{resource.skills.map((skill) => r.skills[skill] ?? skill).join("、")}</dd>
        </>
      )}
    </>
  );
}
