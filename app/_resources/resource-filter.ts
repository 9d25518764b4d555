import type { ResourceKind, ResourceState, ResourceSummary } from "@/lib/contracts";

export interface ResourceFilter {
  kind: ResourceKind;
  state: ResourceState | null;
  district: number | null;
}

export const defaultResourceFilter: ResourceFilter = { kind: "pump", state: null, district: null };

const travelling: readonly ResourceState[] = ["available", "en_route", "on_scene", "returning"];
const statesByKind: Readonly<Record<ResourceKind, readonly ResourceState[]>> = {
  shelter: ["open", "full", "closed"],
  pump: travelling,
  team: travelling,
  vehicle: travelling,
  sandbags: ["available"],
};

/** The states a kind of resource can be in: the only ones worth offering as a filter. */
export function statesOfKind(kind: ResourceKind): readonly ResourceState[] {
  return statesByKind[kind];
}

/** The resources of the filter's kind (and state and district, when set), out on a job first, then by code. */
export function filterResources(resources: readonly ResourceSummary[], filter: ResourceFilter): ResourceSummary[] {
  const busy = (resource: ResourceSummary) => (resource.state === "available" || resource.state === "closed" ? 1 : 0);
  return resources
    .filter(
      (resource) =>
        resource.kind === filter.kind && (filter.state === null || resource.state === filter.state) && (filter.district === null || resource.district === filter.district),
    )
    .sort((a, b) => busy(a) - busy(b) || a.code.localeCompare(b.code));
}

/** A list with one resource put in: replaced when the list had an older version of it, added when new, kept when not newer. */
export function upsertResource(resources: readonly ResourceSummary[], next: ResourceSummary): readonly ResourceSummary[] {
  const index = resources.findIndex((resource) => resource.id === next.id);
  if (index === -1) return [...resources, next];
  if (resources[index]!.version >= next.version) return resources;
  return resources.map((resource, i) => (i === index ? next : resource));
}
