import type { Messages } from "./messages";

export const zhCN: Messages = {
  title: "一屏统览 · 城市运行",
  subtitle: "上海市城市运行管理中心",
  language: { label: "界面语言", zh: "中", en: "EN" },
  connection: {
    connecting: "连接中…",
    connected: "已连接",
    disconnected: "连接中断",
    syncing: "同步中…",
    stale: "数据延迟",
    dataAsOf: (time) => `数据更新于 ${time}`,
    noData: "暂无数据",
  },
  kpi: {
    title: "今日运行",
    casesToday: "今日案件",
    dispatched: "已派单",
    meanTimeToDispatch: "平均派单用时",
    open: "在办",
    workersOnDuty: "在岗网格员",
    casesUnit: "件",
    peopleUnit: "人",
  },
  duration: (seconds) => {
    if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} 秒`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return `${minutes} 分 ${Math.round(seconds % 60)} 秒`;
    return `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分`;
  },
  queue: {
    title: "实时工单",
    count: (shown) => `最新 ${shown} 件`,
    waiting: "正在等待数据…",
    empty: "暂无工单",
    itemLabel: ({ code, category, district, stage, overdue, time }) => `工单 ${code}，${category}，${district}，${stage}${overdue ? "，超期" : ""}，${time}`,
  },
  breakdown: { title: "环节分布" },
  leader: {
    ratesTitle: "今日办理质量",
    onTimeSignFor: "按时签收率",
    onTimeClose: "按时办结率",
    satisfaction: "满意率",
    backlogByDepartment: "部门积压",
    backlogByDistrict: "区域积压",
    noBacklog: "暂无在办",
    trendsTitle: "24 小时趋势",
    reportedPerHour: "每小时上报",
    backlogPerHour: "在办积压",
    medianToDispatchPerHour: "派单用时中位数",
    last24Hours: "24 小时前",
    now: "现在",
  },
  legend: { title: "图例", workersOnDuty: "在岗网格员", workersOffDuty: "离岗网格员", density: "在办案件密度", low: "少", high: "多" },
  popup: { category: "类别", stage: "环节", assignee: "处置人", unassigned: "待派单", priority: "优先级", close: "关闭" },
  map: { label: "城市运行地图：案件、网格员与案件密度" },
  unknownDistrict: "区域未知",
  stages: {
    reported: "上报",
    accepted: "受理",
    dispatched: "分派",
    in_progress: "处置",
    resolved: "反馈",
    rated: "评价",
    closed: "结案",
    rejected: "不予受理",
    merged: "已合并",
    reopened: "重新办理",
    cancelled: "已撤销",
  },
  overdue: "超期",
  priorities: { urgent: "紧急", high: "高", normal: "一般", low: "低" },
};
