/**
 * GCJ-02 ("Mars coordinates", the offset datum that maps published in China must use: Amap, Tencent,
 * the DataV atlas) ↔ WGS-84 (GPS, OpenStreetMap, MapLibre).
 *
 * The forward formula is the public reconstruction of the official algorithm; it matches real GCJ-02
 * to about 1 m. The inverse has no closed form: `gcj02ToWgs84` iterates the forward formula until it
 * lands on the input, which converges to well under a millimetre of the formula, so conversions are
 * ~1 m accurate overall. Outside China GCJ-02 equals WGS-84.
 */

export type LngLat = readonly [lng: number, lat: number];

/** Krasovsky 1940 ellipsoid, which the formula is defined on. */
const SEMI_MAJOR_AXIS = 6378245.0;
const ECCENTRICITY_SQUARED = 0.006693421622965943;

const INVERSE_TOLERANCE_DEGREES = 1e-10;
const INVERSE_MAX_ITERATIONS = 30;

/** The rough bounding box the offset applies to, as used by every public implementation. */
export function isOutsideChina([lng, lat]: LngLat): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

export function wgs84ToGcj02(point: LngLat): [number, number] {
  const [lng, lat] = point;
  if (isOutsideChina(point)) return [lng, lat];
  const [dLng, dLat] = offsetDegrees(lng, lat);
  return [lng + dLng, lat + dLat];
}

export function gcj02ToWgs84(point: LngLat): [number, number] {
  const [lng, lat] = point;
  if (isOutsideChina(point)) return [lng, lat];
  let wgsLng = lng;
  let wgsLat = lat;
  for (let i = 0; i < INVERSE_MAX_ITERATIONS; i++) {
    const [gcjLng, gcjLat] = wgs84ToGcj02([wgsLng, wgsLat]);
    const errorLng = gcjLng - lng;
    const errorLat = gcjLat - lat;
    wgsLng -= errorLng;
    wgsLat -= errorLat;
    if (Math.abs(errorLng) < INVERSE_TOLERANCE_DEGREES && Math.abs(errorLat) < INVERSE_TOLERANCE_DEGREES) break;
  }
  return [wgsLng, wgsLat];
}

function offsetDegrees(lng: number, lat: number): [number, number] {
  const x = lng - 105;
  const y = lat - 35;
  const latRadians = (lat / 180) * Math.PI;
  const sinLat = Math.sin(latRadians);
  const magic = 1 - ECCENTRICITY_SQUARED * sinLat * sinLat;
  const sqrtMagic = Math.sqrt(magic);
  const dLat =
    (offsetLatitude(x, y) * 180) / (((SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED)) / (magic * sqrtMagic)) * Math.PI);
  const dLng = (offsetLongitude(x, y) * 180) / ((SEMI_MAJOR_AXIS / sqrtMagic) * Math.cos(latRadians) * Math.PI);
  return [dLng, dLat];
}

function offsetLatitude(x: number, y: number): number {
  const { PI, sin, sqrt, abs } = Math;
  return (
    -100 +
    2 * x +
    3 * y +
    0.2 * y * y +
    0.1 * x * y +
    0.2 * sqrt(abs(x)) +
    ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3 +
    ((20 * sin(y * PI) + 40 * sin((y / 3) * PI)) * 2) / 3 +
    ((160 * sin((y / 12) * PI) + 320 * sin((y * PI) / 30)) * 2) / 3
  );
}

function offsetLongitude(x: number, y: number): number {
  const { PI, sin, sqrt, abs } = Math;
  return (
    300 +
    x +
    2 * y +
    0.1 * x * x +
    0.1 * x * y +
    0.1 * sqrt(abs(x)) +
    ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3 +
    ((20 * sin(x * PI) + 40 * sin((x / 3) * PI)) * 2) / 3 +
    ((150 * sin((x / 12) * PI) + 300 * sin((x / 30) * PI)) * 2) / 3
  );
}
