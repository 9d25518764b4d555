import type { Messages } from "./messages";

export const en: Messages = {
  title: "City Operations · One Screen",
  subtitle: "Shanghai City Operations Center",
  language: { label: "Language", zh: "中", en: "EN" },
  connection: {
    connecting: "Connecting…",
    connected: "Connected",
    disconnected: "Connection lost",
    syncing: "Syncing…",
    stale: "Data delayed",
    dataAsOf: (time) => `data as of ${time}`,
    noData: "no data yet",
  },
  kpi: {
    title: "Today",
    casesToday: "Cases today",
    dispatched: "Dispatched",
    meanTimeToDispatch: "Mean time to dispatch",
    open: "Open",
    workersOnDuty: "Workers on duty",
    casesUnit: "",
    peopleUnit: "",
  },
  duration: (seconds) => {
    if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  },
  queue: {
    title: "Live cases",
    count: (shown) => `newest ${shown}`,
    waiting: "Waiting for data…",
    empty: "No cases",
    itemLabel: ({ code, category, district, stage, overdue, time }) => `Case ${code}, ${category}, ${district}, ${stage}${overdue ? ", overdue" : ""}, ${time}`,
  },
  breakdown: { title: "Cases by stage" },
  leader: {
    ratesTitle: "Today's service quality",
    onTimeSignFor: "On-time sign-for",
    onTimeClose: "On-time close",
    satisfaction: "Satisfaction",
    backlogByDepartment: "Backlog by department",
    backlogByDistrict: "Backlog by district",
    noBacklog: "Nothing open",
    trendsTitle: "Last 24 hours",
    reportedPerHour: "Reported per hour",
    backlogPerHour: "Open backlog",
    medianToDispatchPerHour: "Median time to dispatch",
    last24Hours: "24 h ago",
    now: "now",
  },
  legend: { title: "Legend", workersOnDuty: "Worker on duty", workersOffDuty: "Worker off duty", density: "Open-case density", low: "few", high: "many" },
  popup: { category: "Category", stage: "Stage", assignee: "Assignee", unassigned: "not yet dispatched", priority: "Priority", close: "Close" },
  map: { label: "City operations map: cases, grid workers and case density" },
  unknownDistrict: "district unknown",
  stages: {
    reported: "Reported",
    accepted: "Accepted",
    dispatched: "Dispatched",
    in_progress: "In progress",
    resolved: "Resolved",
    rated: "Rated",
    closed: "Closed",
    rejected: "Rejected",
    merged: "Merged",
    reopened: "Reopened",
    cancelled: "Cancelled",
  },
  overdue: "Overdue",
  priorities: { urgent: "Urgent", high: "High", normal: "Normal", low: "Low" },
};
