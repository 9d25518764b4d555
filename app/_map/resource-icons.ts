import type { ResourceKind, ResourceState, ResourceSummary } from "@/lib/contracts";
import { resourceStateColors } from "@/app/_resources/resource-colors";
import { occupancyShare } from "@/app/_resources/occupancy";

export interface ResourceIcon {
  id: string;
  url: string;
  width: number;
  height: number;
  mask: false;
}

const SIZE = 64;
// A shelter's ring fills in twelfths: fine enough to read, few enough icons to draw once each.
const RING_STEPS = 12;

/** The kind's shape, filled with the state's colour, on a dark outline so it reads over hexagons. */
const shapes: Readonly<Record<ResourceKind, (fill: string) => string>> = {
  // A house: people go inside.
  shelter: (fill) => `<path d="M32 17 L47 29 L47 45 L17 45 L17 29 Z" fill="${fill}" stroke="#07111f" stroke-width="3" stroke-linejoin="round"/>`,
  // A drop in a disc: it moves water.
  pump: (fill) =>
    `<circle cx="32" cy="32" r="20" fill="${fill}" stroke="#07111f" stroke-width="3"/><path d="M32 20 C27 28 25 32 25 36 A7 7 0 0 0 39 36 C39 32 37 28 32 20 Z" fill="#07111f"/>`,
  // Stacked bags.
  sandbags: (fill) =>
    `<rect x="14" y="36" width="17" height="10" rx="4" fill="${fill}" stroke="#07111f" stroke-width="2.5"/><rect x="33" y="36" width="17" height="10" rx="4" fill="${fill}" stroke="#07111f" stroke-width="2.5"/><rect x="23" y="24" width="17" height="10" rx="4" fill="${fill}" stroke="#07111f" stroke-width="2.5"/>`,
  // A triangle, the rescue sign.
  team: (fill) => `<path d="M32 13 L51 47 L13 47 Z" fill="${fill}" stroke="#07111f" stroke-width="3" stroke-linejoin="round"/>`,
  vehicle: (fill) =>
    `<rect x="12" y="22" width="40" height="18" rx="4" fill="${fill}" stroke="#07111f" stroke-width="3"/><circle cx="22" cy="43" r="5" fill="#07111f"/><circle cx="42" cy="43" r="5" fill="#07111f"/>`,
};

function rgb(state: ResourceState): string {
  const [r, g, b] = resourceStateColors[state];
  return `rgb(${r},${g},${b})`;
}

/** The ring around a shelter: its whole circumference the places, the lit arc the people in them, from twelve o'clock. */
function occupancyRing(steps: number, color: string): string {
  const radius = 28;
  const circumference = 2 * Math.PI * radius;
  const lit = (circumference * steps) / RING_STEPS;
  return (
    `<circle cx="32" cy="32" r="${radius}" fill="rgba(7,17,31,0.78)" stroke="rgba(148,163,184,0.45)" stroke-width="6"/>` +
    (steps > 0
      ? `<circle cx="32" cy="32" r="${radius}" fill="none" stroke="${color}" stroke-width="6" stroke-dasharray="${lit.toFixed(2)} ${circumference.toFixed(2)}" transform="rotate(-90 32 32)"/>`
      : "")
  );
}

/** How many twelfths of a shelter's ring are lit; other kinds have no ring. */
export function ringSteps(resource: Pick<ResourceSummary, "kind" | "capacity" | "occupancy">): number {
  if (resource.kind !== "shelter") return 0;
  const share = occupancyShare(resource);
  // Anyone in it lights at least one step: a nearly empty shelter is not an empty one.
  return share > 0 ? Math.max(1, Math.round(share * RING_STEPS)) : 0;
}

/** The id of the icon a resource is drawn with: one per kind, state and shelter fill, so each is drawn once. */
export function resourceIconId(resource: Pick<ResourceSummary, "kind" | "state" | "capacity" | "occupancy">): string {
  return `${resource.kind}-${resource.state}-${ringSteps(resource)}`;
}

const cache = new Map<string, ResourceIcon>();

/** The resource's icon as an SVG data URL, which deck.gl packs into its atlas once per id. */
export function resourceIcon(resource: Pick<ResourceSummary, "kind" | "state" | "capacity" | "occupancy">): ResourceIcon {
  const id = resourceIconId(resource);
  const known = cache.get(id);
  if (known) return known;
  const color = rgb(resource.state);
  const ring = resource.kind === "shelter" ? occupancyRing(ringSteps(resource), color) : "";
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 64 64">${ring}${shapes[resource.kind](color)}</svg>`;
  const icon: ResourceIcon = { id, url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, width: SIZE, height: SIZE, mask: false };
  cache.set(id, icon);
  return icon;
}
