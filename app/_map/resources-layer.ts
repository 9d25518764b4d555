import { IconLayer, LineLayer } from "@deck.gl/layers";
import type { PickingInfo } from "@deck.gl/core";
import type { ResourceSummary } from "@/lib/contracts";
import { resourceStateColors } from "@/app/_resources/resource-colors";
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

type OnJob = ResourceSummary & { target: NonNullable<ResourceSummary["target"]> };

/** Those sent somewhere: a resource's position is where it left from, its target where it goes. */
export function resourcesOnJob(resources: readonly ResourceSummary[]): OnJob[] {
  return resources.filter((resource): resource is OnJob => resource.target !== null);
}

/** A thin line from each resource on a job to where it was sent, in its state's colour: who is going where. */
export function resourceJobLinesLayer(resources: readonly ResourceSummary[], id = "resource-jobs") {
  return new LineLayer<OnJob>({
    id,
    data: resourcesOnJob(resources),
    widthUnits: "pixels",
    getSourcePosition: (resource) => [resource.lng, resource.lat],
    getTargetPosition: (resource) => [resource.target.lng, resource.target.lat],
    getColor: (resource) => [...resourceStateColors[resource.state], 200],
    getWidth: 1.5,
  });
}
