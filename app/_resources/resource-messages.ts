import type { ResourceAction, ResourceKind, ResourceState } from "@/lib/contracts";

/** The names of resources' kinds, states and moves, and the few sentences about them every screen shares. */
export interface ResourceMessages {
  kinds: Record<ResourceKind, string>;
  /** Plural, for headings and filters. */
  kindsPlural: Record<ResourceKind, string>;
  states: Record<ResourceState, string>;
  actions: Record<ResourceAction, string>;
  skills: Record<string, string>;
  skillsLabel: string;
  occupancy: string;
  capacityPerHour: (m3: number) => string;
  stock: (bags: number) => string;
  /** The field for a number of sandbags taken or restocked. */
  bagsLabel: string;
  members: (n: number) => string;
  target: string;
  noteLabel: string;
  conflict: string;
  failed: (message: string) => string;
  done: (action: string, code: string) => string;
  panel: { title: string; sheltersOpen: string; peopleSheltered: string; pumpsOut: string; teamsOut: string; of: (n: number) => string };
  /** The dispatch console: the resources view and the case's "send a resource". */
  desk: {
    tabCases: string;
    tabResources: string;
    listTitle: string;
    anyState: string;
    anyDistrict: string;
    count: (n: number) => string;
    none: string;
    pick: string;
    history: string;
    loading: string;
    moveTitle: string;
    placeLabel: string;
    lat: string;
    lng: string;
    reportTitle: string;
    sendTitle: string;
    onCase: string;
    noneOnCase: string;
    anySkill: string;
    anyCapacity: string;
    atLeast: (m3: number) => string;
    suggestions: string;
    noSuggestion: string;
    passedOver: (counts: { not_available: number; lacks_capacity: number; lacks_skill: number }, considered: number) => string;
    distance: (meters: number) => string;
    send: (code: string) => string;
    choose: string;
    working: string;
    cannotSend: string;
  };
  /** The phone: shelter staff and team leaders. */
  field: {
    open: string;
    title: string;
    empty: string;
    loading: string;
    failed: string;
    retry: string;
    set: string;
    setLabel: string;
    sendReport: string;
    notePlaceholder: string;
    job: string;
    noJob: string;
    back: string;
  };
}

export const resourceZhCn: ResourceMessages = {
  kinds: { shelter: "避难场所", pump: "排涝泵车", sandbags: "沙袋储备点", team: "救援队", vehicle: "车辆" },
  kindsPlural: { shelter: "避难场所", pump: "泵车", sandbags: "沙袋点", team: "救援队", vehicle: "车辆" },
  states: { available: "待命", en_route: "前往中", on_scene: "在现场", returning: "返回中", open: "开放", full: "已满", closed: "关闭" },
  actions: {
    dispatch: "派出",
    arrive: "到达现场",
    release: "完成返回",
    back: "已归队",
    recall: "召回",
    move: "预置",
    report: "报告进展",
    open: "开放",
    close: "关闭",
    set_occupancy: "更新人数",
    take: "领用",
    restock: "补充",
  },
  skills: {
    water_rescue: "水上救援",
    evacuation: "人员转移",
    first_aid: "急救",
    drainage: "排水",
    tree_clearing: "树木清障",
    structural_rescue: "建筑救援",
    towing: "拖车",
  },
  skillsLabel: "技能",
  occupancy: "安置人数",
  capacityPerHour: (m3) => `${m3.toLocaleString("en-US")} m³/h`,
  stock: (bags) => `库存 ${bags.toLocaleString("en-US")} 袋`,
  bagsLabel: "袋数",
  members: (n) => `${n} 人`,
  target: "任务地点",
  noteLabel: "进展说明",
  conflict: "资源已被他人更新，已刷新为最新状态，请确认后重试。",
  failed: (message) => `操作未成功：${message}`,
  done: (action, code) => `已${action}：${code}`,
  panel: { title: "应急资源", sheltersOpen: "开放避难场所", peopleSheltered: "安置人数", pumpsOut: "出动泵车", teamsOut: "出动救援队", of: (n) => `/ ${n.toLocaleString("en-US")}` },
  desk: {
    tabCases: "工单",
    tabResources: "应急资源",
    listTitle: "应急资源",
    anyState: "全部状态",
    anyDistrict: "全部区",
    count: (n) => `${n} 个`,
    none: "没有符合条件的资源",
    pick: "从左侧选择一个资源",
    history: "资源记录",
    loading: "加载中…",
    moveTitle: "预置到指定地点",
    placeLabel: "地点名称",
    lat: "纬度",
    lng: "经度",
    reportTitle: "记录进展",
    sendTitle: "派出应急资源",
    onCase: "已派往本工单",
    noneOnCase: "尚未派出资源",
    anySkill: "任意技能",
    anyCapacity: "任意排量",
    atLeast: (m3) => `≥ ${m3.toLocaleString("en-US")} m³/h`,
    suggestions: "最近的可用资源",
    noSuggestion: "附近没有符合条件的可用资源",
    passedOver: (c, considered) => `共 ${considered} 个；排除：非待命 ${c.not_available}，排量不足 ${c.lacks_capacity}，缺少技能 ${c.lacks_skill}`,
    distance: (meters) => (meters < 1000 ? `${meters} 米` : `${(meters / 1000).toFixed(1)} 公里`),
    send: (code) => `派出 → ${code}`,
    choose: "选择一个资源",
    working: "提交中…",
    cannotSend: "工单已办结或尚未定位，不能派出资源",
  },
  field: {
    open: "我的应急资源",
    title: "我的应急资源",
    empty: "本部门没有应急资源",
    loading: "加载中…",
    failed: "加载失败",
    retry: "重试",
    set: "设为",
    setLabel: "安置人数",
    sendReport: "提交进展",
    notePlaceholder: "例如：已转移 12 名被困居民",
    job: "任务",
    noJob: "待命",
    back: "返回任务",
  },
};

export const resourceEn: ResourceMessages = {
  kinds: { shelter: "Shelter", pump: "Pump truck", sandbags: "Sandbag depot", team: "Rescue team", vehicle: "Vehicle" },
  kindsPlural: { shelter: "Shelters", pump: "Pumps", sandbags: "Sandbags", team: "Teams", vehicle: "Vehicles" },
  states: { available: "Available", en_route: "En route", on_scene: "On scene", returning: "Returning", open: "Open", full: "Full", closed: "Closed" },
  actions: {
    dispatch: "Send",
    arrive: "On scene",
    release: "Leave scene",
    back: "Back, available",
    recall: "Recall",
    move: "Move",
    report: "Report",
    open: "Open",
    close: "Close",
    set_occupancy: "Set count",
    take: "Take",
    restock: "Restock",
  },
  skills: {
    water_rescue: "Water rescue",
    evacuation: "Evacuation",
    first_aid: "First aid",
    drainage: "Drainage",
    tree_clearing: "Tree clearing",
    structural_rescue: "Structural rescue",
    towing: "Towing",
  },
  skillsLabel: "Skills",
  occupancy: "Sheltered",
  capacityPerHour: (m3) => `${m3.toLocaleString("en-US")} m³/h`,
  stock: (bags) => `${bags.toLocaleString("en-US")} bags`,
  bagsLabel: "Bags",
  members: (n) => `${n} people`,
  target: "Job",
  noteLabel: "Progress note",
  conflict: "Someone else changed this resource first; it now shows as it is. Check and try again.",
  failed: (message) => `Not done: ${message}`,
  done: (action, code) => `${action}: ${code}`,
  panel: { title: "Emergency resources", sheltersOpen: "Shelters open", peopleSheltered: "People sheltered", pumpsOut: "Pumps out", teamsOut: "Teams out", of: (n) => `/ ${n.toLocaleString("en-US")}` },
  desk: {
    tabCases: "Cases",
    tabResources: "Resources",
    listTitle: "Emergency resources",
    anyState: "Any state",
    anyDistrict: "Any district",
    count: (n) => `${n}`,
    none: "No resource matches",
    pick: "Pick a resource on the left",
    history: "History",
    loading: "Loading…",
    moveTitle: "Move to a place",
    placeLabel: "Place name",
    lat: "Latitude",
    lng: "Longitude",
    reportTitle: "Record progress",
    sendTitle: "Send a resource",
    onCase: "Sent to this case",
    noneOnCase: "No resource sent yet",
    anySkill: "Any skill",
    anyCapacity: "Any capacity",
    atLeast: (m3) => `≥ ${m3.toLocaleString("en-US")} m³/h`,
    suggestions: "Nearest available",
    noSuggestion: "No available resource with that nearby",
    passedOver: (c, considered) => `${considered} in all; passed over: busy ${c.not_available}, too small ${c.lacks_capacity}, lacking the skill ${c.lacks_skill}`,
    distance: (meters) => (meters < 1000 ? `${meters} m` : `${(meters / 1000).toFixed(1)} km`),
    send: (code) => `Send ${code}`,
    choose: "Choose a resource",
    working: "Sending…",
    cannotSend: "The case is finished or not placed yet: nothing can be sent",
  },
  field: {
    open: "My resources",
    title: "My resources",
    empty: "Your department runs no resources",
    loading: "Loading…",
    failed: "Could not load",
    retry: "Retry",
    set: "Set",
    setLabel: "People sheltered",
    sendReport: "Send report",
    notePlaceholder: "e.g. 12 residents moved out",
    job: "Job",
    noJob: "Standing by",
    back: "Back to tasks",
  },
};
