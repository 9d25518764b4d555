import type { GeoLocation } from "@/lib/contracts/geo";

/** A district as the geocoder knows it: its names and the point a report naming it is placed at. */
export interface NamedDistrict {
  adcode: number;
  nameZh: string;
  nameEn: string;
  centre: GeoLocation;
}

export interface AddressPlace {
  district: number;
  location: GeoLocation;
  /** The name found in the address. */
  matched: string;
}

interface Candidate {
  district: NamedDistrict;
  name: string;
  latin: boolean;
}

// 浦东新区 is also written 浦东; 黄浦区 also 黄浦. A one-character stem (none in Shanghai) would match too much.
const ZH_SUFFIX = /(新区|区)$/;

function latinKey(text: string): string {
  return text.toLowerCase().replace(/['’`\s-]/g, "");
}

function candidatesOf(district: NamedDistrict): Candidate[] {
  const stem = district.nameZh.replace(ZH_SUFFIX, "");
  return [
    { district, name: district.nameZh, latin: false },
    ...(stem !== district.nameZh && stem.length >= 2 ? [{ district, name: stem, latin: false }] : []),
    { district, name: latinKey(district.nameEn), latin: true },
  ];
}

/** Where `name` occurs in `text` as a whole word (Latin) or anywhere (Chinese), or -1. */
function positionIn(text: string, words: readonly string[], candidate: Candidate): number {
  if (!candidate.latin) return text.indexOf(candidate.name);
  // Latin names are compared word by word run together, so "Jing'an", "Jing An" and "jingan" all match.
  for (let start = 0; start < words.length; start++) {
    let joined = "";
    for (let end = start; end < words.length && joined.length < candidate.name.length; end++) joined += words[end];
    if (joined === candidate.name) return start;
  }
  return -1;
}

/**
 * Places a report by its address text: the district whose name (Chinese, with or without 区, or
 * English/pinyin) the address contains, at that district's centre; the longest name found wins,
 * then the one written first. Null when the address names no district the city knows.
 */
export function geocodeAddress(address: string, districts: readonly NamedDistrict[]): AddressPlace | null {
  const text = address.normalize("NFKC");
  const words = text.toLowerCase().replace(/['’`]/g, "").split(/[^a-z]+/).filter(Boolean);
  let best: { candidate: Candidate; at: number } | null = null;
  for (const candidate of districts.flatMap(candidatesOf)) {
    const at = positionIn(text, words, candidate);
    if (at < 0) continue;
    const longer = !best || candidate.name.length > best.candidate.name.length;
    const sameButEarlier = best && candidate.name.length === best.candidate.name.length && at < best.at;
    if (longer || sameButEarlier) best = { candidate, at };
  }
  if (!best) return null;
  const { district, name } = best.candidate;
  return { district: district.adcode, location: district.centre, matched: name };
}
