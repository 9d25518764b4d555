import type { CapSeverity, Priority, RiskHorizon, Stage } from "@/lib/contracts";
import type { HexMeasure } from "@/app/_map/hex-measure";

/** Every string the wall screen shows; one dictionary per language implements it. */
export interface Messages {
  title: string;
  subtitle: string;
  language: { label: string; zh: string; en: string };
  connection: {
    connecting: string;
    connected: string;
    disconnected: string;
    syncing: string;
    stale: string;
    dataAsOf: (time: string) => string;
    noData: string;
  };
  kpi: {
    title: string;
    casesToday: string;
    dispatched: string;
    meanTimeToDispatch: string;
    open: string;
    workersOnDuty: string;
    casesUnit: string;
    peopleUnit: string;
  };
  duration: (seconds: number) => string;
  queue: {
    title: string;
    count: (shown: number) => string;
    waiting: string;
    empty: string;
    itemLabel: (parts: { code: string; category: string; district: string; stage: string; overdue: boolean; time: string }) => string;
  };
  breakdown: { title: string };
  care: { title: string; open: string; cells: (n: number) => string; meterFaults: (n: number) => string; none: string };
  leader: {
    ratesTitle: string;
    onTimeSignFor: string;
    onTimeClose: string;
    satisfaction: string;
    backlogByDepartment: string;
    backlogByDistrict: string;
    noBacklog: string;
    trendsTitle: string;
    reportedPerHour: string;
    backlogPerHour: string;
    medianToDispatchPerHour: string;
    /** Axis note under the trend charts: the 24 hours ending now. */
    last24Hours: string;
    now: string;
  };
  legend: {
    title: string;
    workersOnDuty: string;
    workersOffDuty: string;
    density: string;
    low: string;
    high: string;
    /** The hexagon measure's name on its toggle and above its ramp. */
    measures: Record<HexMeasure, string>;
    /** What the toggle as a whole does, for screen readers. */
    measureLabel: string;
    /** The risk measure's horizon choice, for screen readers. */
    horizonLabel: string;
  };
  popup: { category: string; stage: string; assignee: string; unassigned: string; priority: string; close: string };
  map: { label: string };
  unknownDistrict: string;
  stages: Record<Stage, string>;
  /** A case still open past an SLA deadline: its flag and legend entry. */
  overdue: string;
  priorities: Record<Priority, string>;
  /** The panel of CAP warnings in force, drawn as areas on the map. */
  warnings: {
    title: string;
    none: string;
    /** Before the expiry time: "至 20:00". */
    until: string;
    /** Marks a warning the city issued itself. */
    cityIssued: string;
    /** The warning colour each CAP severity stands for. */
    severities: Record<CapSeverity, string>;
  };
  /** The flood-risk points (docs/risk.md): the list and the risk measure's horizons. */
  risk: {
    title: string;
    /** A horizon on its button: "3 小时". */
    horizons: Record<RiskHorizon, string>;
    /** The list's horizon under its title: "未来 3 小时". */
    within: (horizon: string) => string;
    computedAt: (time: string) => string;
    none: string;
    /** The list item for screen readers. */
    itemLabel: (parts: { rank: number; district: string; score: string; reasons: string }) => string;
  };
  typhoon: {
    /** The header's switch, by the mode it turns on. */
    switchOn: string;
    switchOff: string;
    /** Shown instead while an alert keeps the mode on. */
    byAlert: string;
    switchRefused: string;
    panelTitle: string;
    noStorm: string;
    distance: string;
    maxWind: string;
    pressure: string;
    rainNow: string;
    rainPeak: string;
    waterOverAlarm: string;
    casesLastHour: string;
    ordinaryHour: (count: string) => string;
    backlog: string;
    overdue: string;
    shelters: string;
    sheltersFull: (full: number, open: number) => string;
    sheltered: string;
    deployed: string;
    deployedKinds: { pump: string; team: string; vehicle: string };
    legendRain: string;
    legendLevel: string;
    levels: { calm: string; rising: string; near: string; over: string };
    timeline: { replay: string; live: string; play: string; pause: string; speed: string; loading: string; failed: string; scrub: string; replaying: string };
  };
}
