/** Walking directions in Amap (高德), which takes WGS-84 positions when told so. */
export function amapNavigationUrl(lat: number, lng: number, name: string): string {
  const params = new URLSearchParams({ to: `${lng},${lat},${name}`, mode: "walk", coordinate: "wgs84", callnative: "1", src: "tonglan" });
  return `https://uri.amap.com/navigation?${params}`;
}

/** The phone's own map app, through the standard geo: URI. */
export function geoUri(lat: number, lng: number, label: string): string {
  return `geo:${lat},${lng}?q=${lat},${lng}(${encodeURIComponent(label)})`;
}
