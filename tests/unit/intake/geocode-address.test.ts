import { describe, expect, it } from "vitest";
import { districts, grids } from "@/lib/city/shanghai";
import { districtCentres } from "@/lib/domain/intake/district-centres";
import { geocodeAddress, type NamedDistrict } from "@/lib/domain/intake/geocode-address";

const centres = districtCentres(grids);
const known: NamedDistrict[] = districts.flatMap((d) => {
  const centre = centres.get(d.adcode);
  return centre ? [{ ...d, centre }] : [];
});
const placed = (address: string) => geocodeAddress(address, known)?.district ?? null;

describe("districtCentres", () => {
  it("puts each gridded district's centre on one of its own grids", () => {
    for (const [district, centre] of centres) {
      expect(grids.some((g) => g.district === district && g.lat === centre.lat && g.lng === centre.lng)).toBe(true);
    }
    expect(centres.has(310101)).toBe(true);
    expect(centres.has(310151)).toBe(false); // 崇明: no grids, nobody to dispatch
  });
});

describe("geocodeAddress", () => {
  it("finds the district a Chinese address names, with or without 区", () => {
    expect(placed("上海市黄浦区南京东路100号")).toBe(310101);
    expect(placed("浦东张杨路500号")).toBe(310115);
    expect(placed("静安寺附近")).toBe(310106);
  });

  it("finds English and pinyin names as whole words, however Jing'an is written", () => {
    expect(placed("100 Nanjing Road, Huangpu District, Shanghai")).toBe(310101);
    expect(placed("Jing'an Temple")).toBe(310106);
    expect(placed("jing an temple")).toBe(310106);
    expect(placed("JINGAN")).toBe(310106);
    expect(placed("Ｈｕａｎｇｐｕ")).toBe(310101);
    expect(placed("Huangpusomething Street")).toBeNull();
  });

  it("prefers the longest name found, then the one written first", () => {
    expect(placed("浦东新区黄浦江边")).toBe(310115);
    expect(placed("徐汇区长宁路口")).toBe(310104);
    expect(placed("Changning Rd near Xuhui")).toBe(310105);
  });

  it("places the report at the district's centre", () => {
    expect(geocodeAddress("长宁区", known)).toEqual({ district: 310105, location: centres.get(310105), matched: "长宁区" });
  });

  it("finds nothing for an address that names no district the city can serve", () => {
    expect(placed("350 5th Ave, New York")).toBeNull();
    expect(placed("崇明区陈家镇")).toBeNull();
    expect(placed("")).toBeNull();
  });
});
