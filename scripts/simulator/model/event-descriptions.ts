import type { Channel } from "@/lib/contracts";
import type { Random } from "./seeded-random";

const places = ["小区门口", "菜市场旁", "地铁站出口", "学校附近", "十字路口", "公交站旁", "商场后门", "弄堂口", "沿街商铺前", "公园门口"];

/** What a resident, a caller or a patrolling worker would write; `{place}` is filled in at random. */
const reportTexts: Readonly<Record<string, readonly string[]>> = {
  street_vending: ["{place}有流动摊贩占道卖水果，行人只能绕到机动车道", "早餐摊占用人行道经营，桌椅摆了一排", "{place}夜排档占道，油烟和垃圾很多"],
  garbage_pileup: ["{place}垃圾堆了好几天没人清运，气味很大", "垃圾箱满溢，周围散落生活垃圾", "{place}有人乱扔大件垃圾，旧沙发和床垫堆在路边"],
  streetlight_out: ["{place}路灯不亮，晚上走路很黑", "一排路灯坏了三盏，已经一个星期", "{place}路灯一闪一闪，灯罩也松了"],
  road_waterlogging: ["{place}路面积水很深，快到小腿了，车辆无法通行", "下雨后{place}一直积水退不掉", "地下通道积水，行人过不去"],
  manhole_cover_missing: ["{place}井盖不见了，只剩一个洞，非常危险", "人行道上井盖破损塌陷，有人差点踩进去", "{place}窨井盖移位，车辆经过有危险"],
  illegal_construction: ["{place}有人在屋顶加盖彩钢板房", "一楼住户私自扩建，占用了小区绿地", "沿街商铺违规搭建雨棚，伸到人行道上"],
  noise_nuisance: ["{place}夜里还在施工，噪音很大影响休息", "楼下广场舞音响声音太大", "{place}酒吧音乐声很响，到半夜还没停"],
  cooking_fumes: ["{place}饭店油烟直排，整栋楼都是油烟味", "烧烤店油烟没有净化，窗户都不敢开", "沿街小吃店的排烟管道对着居民窗户"],
  fallen_tree: ["{place}一棵大树倒在路上，挡住了车道", "行道树断枝压在电线上，很危险", "{place}树木倾斜快要倒了，下面停着车"],
  elderly_alone_anomaly: ["楼上独居老人两天没出门，敲门没人应", "独居老人家里电话一直没人接，邻居很担心", "独居老人家门口的报纸和牛奶堆了好几天"],
  shared_bike_clutter: ["{place}共享单车堆成一片，盲道都被挡住了", "地铁站出口单车乱停，行人走不过去", "{place}好几辆共享单车倒在机动车道上"],
  illegal_posting: ["{place}墙上贴满了小广告", "电线杆和公交站牌上到处是办证小广告", "楼道里被人喷涂了开锁电话"],
  sewage_overflow: ["{place}窨井往外冒污水，臭味很重", "小区化粪池满溢，污水流到路面上", "{place}下水道堵塞，污水漫到人行道"],
  road_surface_damage: ["{place}路面有个大坑，电瓶车容易摔", "人行道地砖松动翘起，老人容易绊倒", "{place}道路开裂塌陷，车辆经过很颠"],
  illegal_parking: ["{place}有车辆长时间违停，堵住了出入口", "车辆停在人行道上，行人只能走马路", "{place}路边双排停车，公交车过不去"],
  fire_lane_blocked: ["小区消防通道被私家车堵死了", "{place}消防通道堆放杂物，消防车进不来", "楼道里停放电瓶车充电，堵住了安全出口"],
  building_leak: ["楼上渗水，天花板一直在滴水", "外墙渗漏，家里墙面发霉", "顶楼屋面漏水，下雨天屋里要拿盆接"],
  unlicensed_business: ["{place}有人无证开设小作坊", "{place}一家小店没有营业执照在卖熟食", "居民楼里开了无证的日租房"],
  river_pollution: ["河面上漂着大量垃圾，水发黑发臭", "{place}附近有管子往河里排污水", "河道里死鱼很多，水的颜色不正常"],
  falling_object_hazard: ["{place}高楼外墙瓷砖松动，有掉落危险", "阳台花盆放在窗台外沿，随时可能掉下来", "空调外机支架锈蚀，摇摇欲坠"],
  gas_smell: ["楼道里有很浓的煤气味", "{place}闻到燃气泄漏的味道", "隔壁家里燃气味很重，敲门没人应"],
  traffic_signal_fault: ["{place}红绿灯不亮了，车辆和行人抢行", "信号灯一直是红灯，车都堵住了", "{place}人行横道信号灯坏了"],
  power_outage: ["{place}整栋楼停电了，电梯也停了", "小区突然停电，冰箱里的东西要坏了，家里还有老人", "{place}一片都没电，路灯和红绿灯全黑了"],
  trapped_people: ["电梯停在两层楼中间，里面有人被困", "{place}地下车库进水，有人被困在车里", "{place}积水太深，一位老人被困在家里出不来"],
  home_flooding: ["雨水倒灌进一楼家里，水已经没过脚踝", "{place}底楼住户家里进水，家具都泡了", "地下室进水，水还在往里涌"],
  loose_billboard: ["{place}楼顶广告牌被风吹得摇晃，随时会掉下来", "沿街店招松动了一半，下面还有人走", "{place}大型广告牌支架变形，很危险"],
  construction_waste_dumping: ["{place}有人夜里偷倒建筑垃圾", "路边堆了一大堆装修垃圾，没人清运", "渣土车沿路抛洒，路面都是泥"],
};

/** What a sensor's alarm says, with a plausible reading. */
const sensorTexts: Readonly<Record<string, (random: Random) => string>> = {
  road_waterlogging: (r) => `积水监测点报警：水深 ${r.int(15, 45)} cm，超过预警值 15 cm`,
  sewage_overflow: (r) => `窨井液位计报警：液位距井口仅 ${r.int(5, 30)} cm`,
  river_pollution: (r) => `水质自动监测站报警：氨氮 ${(2 + r.float() * 3).toFixed(1)} mg/L，超过 V 类标准`,
  noise_nuisance: (r) => `噪声监测点报警：${r.int(62, 80)} dB(A)，超过区域限值`,
  elderly_alone_anomaly: (r) => `智能水电表：已连续 ${r.int(12, 36)} 小时无用水用电，偏离日常规律`,
  manhole_cover_missing: (r) => `智能井盖报警：井盖位移，倾角 ${r.int(15, 60)}°`,
  gas_smell: (r) => `燃气报警器触发：可燃气体浓度 ${r.int(10, 40)}% LEL`,
};

const channelPrefixes: Partial<Record<Channel, string>> = { hotline: "市民来电反映：", patrol: "巡查发现：" };

export function describeEvent(category: { code: string; nameZh: string }, channel: Channel, random: Random): string {
  const place = random.pick(places);
  if (channel === "ai_video") {
    return `视频智能识别：${place}疑似${category.nameZh}，置信度 0.${random.int(70, 99)}`;
  }
  if (channel === "sensor") {
    return sensorTexts[category.code]?.(random) ?? `物联感知设备报警：疑似${category.nameZh}`;
  }
  const texts = reportTexts[category.code] ?? [`{place}${category.nameZh}，请尽快处理`];
  return `${channelPrefixes[channel] ?? ""}${random.pick(texts).replace("{place}", place)}`;
}

/** Codes with hand-written texts; a test keeps them in step with the catalogue. */
export const describedCategoryCodes: readonly string[] = Object.keys(reportTexts);
