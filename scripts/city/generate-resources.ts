import { cellToLatLng, polygonToCells } from "h3-js";
import type { DemoResource } from "@/lib/city/schemas";
import { resourceIdForCode } from "@/lib/domain/ids";
import type { Random } from "@/scripts/simulator/model/seeded-random";
import { roundCoordinate, type DistrictFeature } from "./convert-districts";
import type { ResourcePlan } from "./resource-plans";

/** H3 resolution 8 (about 0.7 km²): even 黄浦 has a few dozen cells, and a cell's centre lies inside its district. */
const SITE_RESOLUTION = 8;

/**
 * Each kind's resources spread over all the districts, as evenly as the count allows (the districts
 * listed first take the remainder), each at the centre of an H3 cell of its district that no other
 * resource took: never in the river, never two at one spot.
 */
export function generateResources(features: readonly DistrictFeature[], random: Random, plans: readonly ResourcePlan[]): DemoResource[] {
  const districts = features.map((feature) => ({
    adcode: feature.properties.adcode,
    zh: feature.properties.nameZh.replace(/(新区|区)$/, ""),
    en: feature.properties.nameEn,
    sites: feature.geometry.coordinates.flatMap((polygon) => polygonToCells(polygon, SITE_RESOLUTION, true)).sort(),
  }));
  return plans.flatMap((plan) => {
    const perDistrict = districts.map((_, i) => Math.floor(plan.count / districts.length) + (i < plan.count % districts.length ? 1 : 0));
    let serial = 0;
    return districts.flatMap((district, i) =>
      Array.from({ length: perDistrict[i]! }, (_, n) => {
        if (district.sites.length === 0) throw new Error(`district ${district.adcode} has no free site left for a ${plan.kind}`);
        const [site] = district.sites.splice(random.int(0, district.sites.length), 1) as [string];
        const [lat, lng] = cellToLatLng(site);
        const code = `${plan.codePrefix}-${String(++serial).padStart(4, "0")}`;
        const { nameZh, nameEn, ...traits } = plan.traits(random, district, n + 1);
        return {
          id: resourceIdForCode(code),
          kind: plan.kind,
          code,
          nameZh,
          nameEn,
          district: district.adcode,
          department: plan.department,
          lat: roundCoordinate(lat),
          lng: roundCoordinate(lng),
          ...traits,
          demo: true as const,
        };
      }),
    );
  });
}
