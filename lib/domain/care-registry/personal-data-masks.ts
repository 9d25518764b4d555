/** `王秀英` → `王*`: the family name's first character stays, the rest is one star (the length says nothing). */
export function maskName(name: string): string {
  const first = Array.from(name.trim())[0];
  return first ? `${first}*` : "*";
}

// The end of the street part of a Chinese address: 路, 街, 大道, 巷, 弄 or 村 after at least one character.
const STREET_END = /^(.+?(?:大道|路|街|巷|弄|村))/u;

/**
 * `黄浦区南京东路123弄4号502室` → `黄浦区南京东路`: the address down to its street, never the number, building or
 * room; an address without a recognisable street shows its first six characters and no more.
 */
export function streetOfAddress(address: string): string {
  const trimmed = address.trim();
  const street = STREET_END.exec(trimmed)?.[1];
  const kept = street ?? Array.from(trimmed).slice(0, 6).join("");
  return kept.length < trimmed.length ? `${kept}…` : kept;
}
