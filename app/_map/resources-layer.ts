import { IconLayer } from "@deck.gl/layers";
import type { PickingInfo } from "@deck.gl/core";
import type { ResourceSummary } from "@/lib/contracts";
import { resourceIcon } from "./resource-icons";

const RESOURCES_LAYER = "resources";

/** Sizes in pixels at 1080p: shelters carry their ring and are read from afar. */
const sizes = { shelter: 30, pump: 22, sandbags: 22, team: 22, vehicle: 20 } as const;

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
    getSize: (resource) => sizes[resource.kind],
  });
}

/** The resource under a click on the resources layer, if any. */
export function pickedResource(info: PickingInfo, id = RESOURCES_LAYER): ResourceSummary | null {
  return info.layer?.id === id && info.object ? (info.object as ResourceSummary) : null;
}
