import { formatAddress, inRanges, isMappedIpv4, parseAddress, type AddressRange } from "./address-range";

/**
 * server.ts writes the resolved client address into this header of every request it hands to Next,
 * replacing whatever a client sent under the same name; route handlers cannot see the socket.
 */
export const CLIENT_ADDRESS_HEADER = "x-tonglan-client-address";

export interface ClientAddressInput {
  /** The TCP peer: the client itself, or the proxy in front of us. */
  peer: string | undefined;
  /** X-Forwarded-For as received (several headers joined by commas). */
  forwardedFor: string | string[] | undefined;
  trustedProxies: readonly AddressRange[];
}

/**
 * Who is on the other end. X-Forwarded-For is believed only as far as it was written by proxies we
 * trust: from the peer, walk the header right to left while the hop is a trusted proxy; the first
 * untrusted hop is the client. Everything left of it is the client's own say and is ignored. An entry
 * that is not an address ends the walk at the last hop we could vouch for, so garbage cannot be used
 * to pick a fresh identity. With no trusted proxies the header is never read.
 */
export function resolveClientAddress({ peer, forwardedFor, trustedProxies }: ClientAddressInput): string {
  let current = peer === undefined ? null : parseAddress(peer);
  if (!current) return "unknown";
  if (!inRanges(current, trustedProxies)) return formatAddress(current);
  const joined = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = joined.split(",").filter((hop) => hop.trim().length > 0);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = parseAddress(hops[i]!);
    if (!hop) break;
    current = hop;
    if (!inRanges(hop, trustedProxies)) break;
  }
  return formatAddress(current);
}

/**
 * What a per-address limit counts: one IPv4 address, or one IPv6 /64, since a single subscriber is
 * usually handed a whole /64 and could otherwise rotate through it to get a fresh budget per request.
 */
export function addressBucket(address: string): string {
  const bytes = parseAddress(address);
  if (!bytes) return address.slice(0, 64);
  if (isMappedIpv4(bytes)) return formatAddress(bytes);
  const prefix = new Uint8Array(16);
  prefix.set(bytes.subarray(0, 8));
  return `${formatAddress(prefix)}/64`;
}
