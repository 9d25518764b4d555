import type { ResourceSummary } from "@/lib/contracts";

const EARTH_RADIUS_M = 6_371_000;

function metersBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/**
 * What the console's case map shows of the resources: those sent to the case wherever they are, and
 * the nearest others within `radiusMeters`, at most `limit` of them, so the map stays readable.
 */
export function resourcesNear(
  resources: Iterable<ResourceSummary>,
  caseId: string,
  at: { lat: number; lng: number },
  radiusMeters: number,
  limit: number,
): ResourceSummary[] {
  const onCase: ResourceSummary[] = [];
  const near: { resource: ResourceSummary; meters: number }[] = [];
  for (const resource of resources) {
    if (resource.target?.caseId === caseId) onCase.push(resource);
    else {
      const meters = metersBetween(at, resource);
      if (meters <= radiusMeters) near.push({ resource, meters });
    }
  }
  near.sort((a, b) => a.meters - b.meters);
  return [...onCase, ...near.slice(0, Math.max(0, limit - onCase.length)).map((n) => n.resource)];
}

/** The resources sent to a case, on their way, there or coming back. */
export function resourcesOnCase(resources: Iterable<ResourceSummary>, caseId: string): ResourceSummary[] {
  return [...resources].filter((resource) => resource.target?.caseId === caseId).sort((a, b) => a.code.localeCompare(b.code));
}
