import { isIPv4, isIPv6 } from "node:net";

/** An IP network; IPv4 is held as IPv4-mapped IPv6, so `1.2.3.4` and `::ffff:1.2.3.4` are one address. */
export interface AddressRange {
  bytes: Uint8Array;
  prefixBits: number;
}

const MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/**
 * One address as a client, a proxy or a socket may write it → 16 bytes; null for anything else.
 * Takes `[v6]:port`, `v4:port` and zone ids (`fe80::1%eth0`), which some proxies append.
 */
export function parseAddress(text: string): Uint8Array | null {
  let candidate = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(candidate);
  if (bracketed) candidate = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(candidate)) candidate = candidate.slice(0, candidate.indexOf(":"));
  candidate = candidate.replace(/%[\w.-]+$/, "");
  if (isIPv4(candidate)) return new Uint8Array([...MAPPED_PREFIX, ...candidate.split(".").map(Number)]);
  if (!isIPv6(candidate)) return null;
  return ipv6Bytes(candidate.toLowerCase());
}

function ipv6Bytes(text: string): Uint8Array {
  // A dotted tail (`::ffff:1.2.3.4`) stands for the last two groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let hex = text;
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split(".").map(Number) as [number, number, number, number];
    hex = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = hex.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups];
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    const value = parseInt(group, 16);
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 0xff;
  });
  return bytes;
}

export function isMappedIpv4(bytes: Uint8Array): boolean {
  return MAPPED_PREFIX.every((b, i) => bytes[i] === b);
}

/** One spelling per address, for keys and logs: dotted IPv4, or eight uncompressed lower-case IPv6 groups. */
export function formatAddress(bytes: Uint8Array): string {
  if (isMappedIpv4(bytes)) return Array.from(bytes.subarray(12)).join(".");
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return groups.join(":");
}

/** `10.0.0.0/8, 127.0.0.1, ::1, fd00::/8` → ranges; throws naming the first entry that is not one. */
export function parseAddressRanges(list: string): AddressRange[] {
  return list
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => {
      const [address = "", bits, extra] = entry.split("/");
      const bytes = extra === undefined && !address.includes("[") ? parseAddress(address) : null;
      const width = bytes && isMappedIpv4(bytes) && !address.includes(":") ? 32 : 128;
      const prefix = bits === undefined ? width : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
      if (!bytes || !(prefix >= 0 && prefix <= width)) throw new Error(`not an IP address or CIDR range: "${entry}"`);
      return { bytes, prefixBits: prefix + (128 - width) };
    });
}

export function inRanges(bytes: Uint8Array, ranges: readonly AddressRange[]): boolean {
  return ranges.some((range) => sharesPrefix(bytes, range.bytes, range.prefixBits));
}

function sharesPrefix(a: Uint8Array, b: Uint8Array, bits: number): boolean {
  const whole = bits >> 3;
  for (let i = 0; i < whole; i++) if (a[i] !== b[i]) return false;
  const rest = bits & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (a[whole]! & mask) === (b[whole]! & mask);
}
