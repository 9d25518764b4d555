import type { DemoResource } from "@/lib/city/schemas";
import type { Random } from "@/scripts/simulator/model/seeded-random";

/** What a generated resource is, beside where it stands. */
export type ResourceTraits = Pick<DemoResource, "nameZh" | "nameEn" | "state" | "capacity" | "occupancy" | "m3PerHour" | "stock" | "members" | "skills">;

export interface ResourcePlan {
  kind: DemoResource["kind"];
  codePrefix: string;
  count: number;
  department: string;
  /** The `n`th (from 1) of its kind in a district named `zh`/`en`. */
  traits(random: Random, district: { zh: string; en: string }, n: number): ResourceTraits;
}

// Place-name parts for shelters: plausible, not any real school's or gym's name.
const places: readonly [string, string][] = [
  ["长风", "Changfeng"], ["江宁", "Jiangning"], ["华泾", "Huajing"], ["康健", "Kangjian"], ["田林", "Tianlin"],
  ["曹杨", "Caoyang"], ["真如", "Zhenru"], ["凉城", "Liangcheng"], ["五角场", "Wujiaochang"], ["新华", "Xinhua"],
  ["虹桥", "Hongqiao"], ["临汾", "Linfen"], ["彭浦", "Pengpu"], ["大场", "Dachang"], ["南翔", "Nanxiang"],
  ["洞泾", "Dongjing"], ["朱家角", "Zhujiajiao"], ["南桥", "Nanqiao"], ["堡镇", "Baozhen"], ["枫泾", "Fengjing"],
];

const shelterTypes: readonly { zh: string; en: string; capacity: [number, number] }[] = [
  { zh: "中学", en: "Middle School", capacity: [300, 800] },
  { zh: "小学", en: "Primary School", capacity: [200, 500] },
  { zh: "体育馆", en: "Gymnasium", capacity: [600, 2000] },
  { zh: "社区文化活动中心", en: "Community Centre", capacity: [100, 300] },
];

const pumpSizes = [300, 500, 1000, 1000, 2000, 3000] as const;

const teamSkills = ["water_rescue", "evacuation", "first_aid", "drainage", "tree_clearing", "structural_rescue"] as const;

const vehicleTypes: readonly { zh: string; en: string; skills: string[] }[] = [
  { zh: "转移大巴", en: "evacuation bus", skills: ["evacuation"] },
  { zh: "高底盘涉水车", en: "high-water truck", skills: ["evacuation", "water_rescue"] },
  { zh: "道路清障车", en: "tow truck", skills: ["towing"] },
];

const none = { capacity: null, occupancy: null, m3PerHour: null, stock: null, members: null, skills: [] };

function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  return Array.from({ length: count }, () => pool.splice(random.int(0, pool.length), 1)[0] as T);
}

/** At least 60 shelters, 40 pump trucks, 20 sandbag depots and 30 rescue teams (the typhoon-night issue), and a vehicle per district. */
export const resourcePlans: readonly ResourcePlan[] = [
  {
    kind: "shelter",
    codePrefix: "SH",
    count: 64,
    department: "civil_affairs",
    traits(random, district) {
      const [placeZh, placeEn] = random.pick(places);
      const type = random.pick(shelterTypes);
      // Places round to tens, as a shelter's plan states them; a third stand open before the storm.
      const capacity = Math.round(random.int(type.capacity[0], type.capacity[1] + 1) / 10) * 10;
      return {
        ...none,
        nameZh: `${district.zh}${placeZh}${type.zh}避难点`,
        nameEn: `${district.en} ${placeEn} ${type.en} shelter`,
        state: random.float() < 1 / 3 ? "open" : "closed",
        capacity,
        occupancy: 0,
      };
    },
  },
  {
    kind: "pump",
    codePrefix: "PT",
    count: 40,
    department: "water",
    traits(random, district, n) {
      return { ...none, nameZh: `${district.zh}排水抢险车${n}号`, nameEn: `${district.en} pump truck ${n}`, state: "available", m3PerHour: random.pick(pumpSizes) };
    },
  },
  {
    kind: "sandbags",
    codePrefix: "SD",
    count: 20,
    department: "emergency",
    traits(random, district, n) {
      return {
        ...none,
        nameZh: `${district.zh}防汛物资仓库${n}号`,
        nameEn: `${district.en} flood depot ${n}`,
        state: "available",
        stock: random.int(20, 101) * 100,
      };
    },
  },
  {
    kind: "team",
    codePrefix: "RT",
    count: 30,
    department: "emergency",
    traits(random, district, n) {
      return {
        ...none,
        nameZh: `${district.zh}应急救援队第${n}分队`,
        nameEn: `${district.en} rescue team ${n}`,
        state: "available",
        members: random.int(8, 31),
        skills: pickDistinct(random, teamSkills, random.int(2, 4)).sort(),
      };
    },
  },
  {
    kind: "vehicle",
    codePrefix: "VH",
    count: 16,
    department: "emergency",
    traits(random, district, n) {
      const type = random.pick(vehicleTypes);
      return { ...none, nameZh: `${district.zh}${type.zh}${n}号`, nameEn: `${district.en} ${type.en} ${n}`, state: "available", skills: type.skills };
    },
  },
];
