import type { CapCircle, CapPoint } from "@/lib/contracts/cap-alert";

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** `lat,lon` as CAP writes a point (WGS 84, decimal degrees); null when it is not two numbers. */
function parsePoint(pair: string): CapPoint | null {
  const parts = pair.split(",");
  if (parts.length !== 2 || !parts.every((part) => NUMBER.test(part))) return null;
  return { lat: Number(parts[0]), lon: Number(parts[1]) };
}

/** A CAP polygon's text, `lat,lon lat,lon …`; null on a syntax error (closure and ranges are checked by the contract). */
export function parseCapPolygon(text: string): CapPoint[] | null {
  const points = text.trim().split(/\s+/).map(parsePoint);
  return points.every((point): point is CapPoint => point !== null) ? points : null;
}

/** A CAP circle's text, `lat,lon radius` with the radius in kilometres; null on a syntax error. */
export function parseCapCircle(text: string): CapCircle | null {
  const [pair, radius, ...rest] = text.trim().split(/\s+/);
  const center = pair === undefined ? null : parsePoint(pair);
  if (!center || radius === undefined || !NUMBER.test(radius) || rest.length > 0) return null;
  return { center, radiusKm: Number(radius) };
}

export function formatCapPolygon(points: readonly CapPoint[]): string {
  return points.map((point) => `${point.lat},${point.lon}`).join(" ");
}

export function formatCapCircle(circle: CapCircle): string {
  return `${circle.center.lat},${circle.center.lon} ${circle.radiusKm}`;
}
