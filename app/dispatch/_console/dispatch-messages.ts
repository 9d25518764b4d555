import type { Channel, Rating, ResidentCategory, Role } from "@/lib/contracts";
import type { RiskHorizon, RiskReason } from "@/lib/contracts/risk";
import type { RiskActionKind } from "@/lib/contracts/risk-action";
import type { Language } from "@/app/_i18n/languages";
import { dispatchEn } from "./dispatch-messages-en";
import { dispatchZhCN } from "./dispatch-messages-zh-cn";

/** The console's own strings; stage and priority names come from the wall screen's dictionary. */
export interface DispatchMessages {
  title: string;
  subtitle: string;
  signOut: string;
  filters: {
    label: string;
    stage: string;
    stageOptions: { open: string; waiting: string; dispatched: string; in_progress: string; all: string };
    overdueOnly: string;
    department: string;
    district: string;
    category: string;
    any: string;
    reset: string;
  };
  queue: {
    title: string;
    loaded: (count: number, more: boolean) => string;
    loadMore: string;
    loading: string;
    empty: string;
    failed: string;
    unassigned: string;
  };
  /**
   * needsLocation: 待定位, a case nobody could place yet (no map dot, no auto-dispatch); approximate:
   * placed at the centre of the district its address names, not auto-dispatched until located.
   */
  flags: { overdue: string; escalated: string; needsLocation: string; approximate: string };
  detail: {
    pick: string;
    loading: string;
    failed: string;
    version: (version: number) => string;
    facts: { category: string; district: string; department: string; channel: string; reported: string; assignee: string; reporter: string; address: string; description: string };
    history: string;
    /** Every report riding on the case, once duplicates were merged into it. */
    reports: { title: (count: number) => string; thisCase: string; mergedFrom: (code: string) => string };
    map: string;
    actions: string;
    pickAction: string;
  };
  actions: {
    dispatch: string;
    reassign: string;
    merge: string;
    reject: string;
    cancel: string;
    locate: string;
    confirm: (action: string) => string;
    working: string;
    reason: string;
    reasonPlaceholder: string;
    reasonRequired: string;
    quickReasons: readonly string[];
    done: (action: string, code: string) => string;
    conflict: string;
    workerUnavailable: string;
    failed: (message: string) => string;
    notAllowed: string;
  };
  /** The form that places a case nobody could place by its report. */
  locate: { hint: string; address: string; noAddress: string; lat: string; lng: string };
  candidates: {
    title: string;
    loading: string;
    none: string;
    excluded: (counts: { off_duty: number; missing_skill: number; at_capacity: number }) => string;
    distance: (meters: number) => string;
    load: (load: number, max: number) => string;
    sameGrid: string;
    choose: string;
  };
  duplicates: {
    title: (meters: number, minutes: number) => string;
    loading: string;
    none: string;
    apart: (meters: number, minutes: number) => string;
    keeps: (code: string) => string;
    cannotMerge: string;
  };
  history: {
    actions: Record<string, string>;
    actors: { system: string; autoDispatch: string; sla: string; channel: string };
    worker: (name: string) => string;
    fromWorker: (name: string) => string;
    travel: (meters: number) => string;
    mergedInto: (code: string) => string;
    mergedIn: (code: string) => string;
    /** A resident's rating, as the note of the 评价 entry. */
    ratings: Record<Rating, string>;
    /** The risk that motivated a case opened from a risk point. */
    risk: (score: number, horizon: RiskHorizon) => string;
    riskReason: (reason: RiskReason) => string;
  };
  /** 风险点: the flood-risk points of a horizon, and what one click sends to one of them. */
  risk: {
    tab: string;
    title: string;
    horizons: Record<RiskHorizon, string>;
    computedAt: (time: string) => string;
    none: string;
    loading: string;
    failed: string;
    pick: string;
    chance: (score: number, horizon: RiskHorizon) => string;
    reasons: string;
    suggestions: string;
    kinds: Record<RiskActionKind, string>;
    pump: (etaMinutes: number, meters: number, m3PerHour: number | null) => string;
    sandbags: (bags: number, stockLeft: number, meters: number) => string;
    shelter: (opens: boolean, people: number, roomLeft: number, meters: number) => string;
    evacuate: (households: number, people: number) => string;
    unavailable: string;
    send: string;
    sending: string;
    /** The case opened, and the resource it used (null for an evacuation). */
    sent: (caseCode: string, resourceCode: string | null) => string;
    sentBefore: (caseCode: string) => string;
    openCase: string;
    refused: (message: string) => string;
    noHouseholds: string;
    absent: string;
    people: (n: number) => string;
    categories: Record<ResidentCategory, string>;
    watchOnly: string;
  };
  roles: Record<Role, string>;
  channels: Record<Channel, string>;
}

export const dispatchMessages: Record<Language, DispatchMessages> = { "zh-CN": dispatchZhCN, en: dispatchEn };
