/**
 * Skill sets of the Shanghai demo's grid workers. Every district gets at least one worker of each
 * profile, which is what makes every category of the catalogue dispatchable in every district
 * (the build script checks it).
 */
export const workerProfiles: readonly (readonly string[])[] = [
  ["street_order", "market_inspection", "sanitation"], // 城管队员
  ["municipal_facilities", "drainage"], // 市政养护
  ["building_inspection", "building_maintenance", "fire_safety"], // 房屋安全巡查
  ["environment_inspection", "drainage", "greening", "sanitation"], // 环境与河道巡查
  ["elderly_care", "street_order", "fire_safety"], // 社区网格员
  ["traffic_order", "street_order", "municipal_facilities"], // 交通协管
];
