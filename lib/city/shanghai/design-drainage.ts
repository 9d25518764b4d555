/**
 * Nominal design rain the district's drains are built for, mm/h (Shanghai: the old centre was built for
 * a one-year storm, about 36 mm/h; newer districts for three to five years, about 45–58 mm/h). Public
 * values, as a city's drainage plan publishes them; what a single street's drains really carry differs.
 */
export const DISTRICT_DESIGN_CAPACITY_MM_H: Readonly<Record<number, number>> = {
  310101: 36, // 黄浦
  310104: 40, // 徐汇
  310105: 40, // 长宁
  310106: 36, // 静安
  310107: 40, // 普陀
  310109: 36, // 虹口
  310110: 40, // 杨浦
  310112: 45, // 闵行
  310113: 45, // 宝山
  310115: 50, // 浦东
};
export const DEFAULT_DESIGN_CAPACITY_MM_H = 40;

export function designDrainageMmH(district: number): number {
  return DISTRICT_DESIGN_CAPACITY_MM_H[district] ?? DEFAULT_DESIGN_CAPACITY_MM_H;
}
