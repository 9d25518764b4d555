import { IconLayer } from "@deck.gl/layers";
import type { PickingInfo } from "@deck.gl/core";
import type { ResourceSummary } from "@/lib/contracts";
import { resourceIcon } from "./resource-icons";

const RESOURCES_LAYER = "resources";

/** Sizes in pixels at 1080p: open shelters carry their ring and are read from afar; closed ones step back. */
const sizes = { shelter: 30, pump: 22, sandbags: 24, team: 22, vehicle: 22 } as const;
const CLOSED_SHELTER = 20;

function sizeOf(resource: ResourceSummary): number {
  return resource.kind === "shelter" && resource.state === "closed" ? CLOSED_SHELTER : sizes[resource.kind];
}

/**
 * Every resource as an icon: the kind by shape, the state by colour, a shelter's occupancy by its
 * ring. Built only when the list changes: the live state keeps the same list until a resource moves.
 */
export function resourcesLayer(resources: readonly ResourceSummary[], id = RESOURCES_LAYER) {
  return new IconLayer<ResourceSummary>({
    id,
    data: resources,
    pickable: true,
    sizeUnits: "pixels",
    getPosition: (resource) => [resource.lng, resource.lat],
    getIcon: (resource) => resourceIcon(resource),
    getSize: sizeOf,
  });
}

/** The resource under a click on the resources layer, if any. */
export function pickedResource(info: PickingInfo, id = RESOURCES_LAYER): ResourceSummary | null {
  return info.layer?.id === id && info.object ? (info.object as ResourceSummary) : null;
}
