import type { Sensor } from "@/lib/contracts/sensor";
import { demoCareHouseholdIdFor } from "@/lib/domain/ids";
import { workers } from "./index";

/** How many demo households the demo city registers, each with a water and an electricity meter of its own. */
export const DEMO_CARE_HOUSEHOLDS = 300;

const familyNames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "朱", "马", "胡", "郭", "沈", "陆"];
const givenNames = ["桂英", "秀兰", "玉珍", "凤英", "淑珍", "建国", "国华", "志强", "金凤", "阿珍", "根宝", "德明"];
const streets = ["复兴中路", "建国西路", "瞿溪路", "蒙自路", "丽园路", "打浦路", "鲁班路", "制造局路"];

export interface DemoCareHousehold {
  id: string;
  number: number;
  name: string;
  address: string;
  phone: string;
  lat: number;
  lng: number;
  gridWorkerId: string;
  waterMeter: Sensor;
  electricityMeter: Sensor;
  familyContact: { name: string; relation: string; phone: string };
}

const pad = (n: number) => String(n).padStart(4, "0");

/**
 * The demo city's households in care: one beside each of the first 300 grid workers, in that worker's grid
 * (a few metres from where they stand), with made-up names and numbers; the simulator plays their meters.
 */
export const demoCareHouseholds: readonly DemoCareHousehold[] = Array.from({ length: Math.min(DEMO_CARE_HOUSEHOLDS, workers.length) }, (_, i) => {
  const worker = workers[i]!;
  const number = i + 1;
  const family = familyNames[i % familyNames.length]!;
  const place = { lat: Number((worker.lat + 0.0002).toFixed(6)), lng: Number((worker.lng + 0.0002).toFixed(6)), district: worker.district, gridCell: worker.gridCell };
  const meter = (kind: "water_meter" | "electricity_meter", prefix: string, unit: string): Sensor => ({ id: `${prefix}-${pad(number)}`, kind, unit, alarm: null, ...place });
  return {
    id: demoCareHouseholdIdFor(number),
    number,
    name: `${family}${givenNames[(i * 7) % givenNames.length]!}`,
    address: `${streets[i % streets.length]!}${10 + ((i * 13) % 400)}弄${1 + (i % 12)}号${100 + (i % 6) * 100 + 1}室`,
    phone: `1370000${pad(number)}`,
    lat: place.lat,
    lng: place.lng,
    gridWorkerId: worker.id,
    waterMeter: meter("water_meter", "CWM", "m³"),
    electricityMeter: meter("electricity_meter", "CEM", "kWh"),
    familyContact: { name: `${family}${givenNames[(i * 5 + 3) % givenNames.length]!}`, relation: i % 2 === 0 ? "儿子" : "女儿", phone: `1380000${pad(number)}` },
  };
});
