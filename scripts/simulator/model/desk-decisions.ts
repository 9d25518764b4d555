import type { CaseSummary, SummonedStatus, Whistle } from "@/lib/contracts";
import type { Random } from "./seeded-random";

/**
 * The simulated dispatcher's judgement: when to close a handled case (结案), and which hard case is
 * worth a whistle (吹哨), summoning which departments.
 */

/**
 * Minutes after a rating before the desk closes the case. An unrated one (a sensor's, or a resident who
 * never looks) is closed once the desk has checked the result: later, but within the hour.
 */
export function closeAfterMinutes(rated: boolean, random: Random): number {
  return rated ? 1 + random.float() * 9 : 15 + random.float() * 25;
}

/** Who helps whom on the street: the department a case's own department most often needs beside it. */
const PARTNER: Readonly<Record<string, string>> = {
  urban_management: "police",
  greening_sanitation: "urban_management",
  water: "transport",
  housing: "urban_management",
  transport: "police",
  environment: "water",
  police: "urban_management",
  civil_affairs: "police",
  market_regulation: "urban_management",
  emergency: "police",
};

export interface SummonsPlan {
  caseId: string;
  whistle: Whistle;
  departments: string[];
  reason: string;
}

export interface SummonsChoice {
  /** Open cases as the desk sees them now. */
  cases: readonly CaseSummary[];
  /** Cases already summoned for, by anyone the simulator knows of. */
  summoned: ReadonlySet<string>;
  /** Minutes since the desk last blew a whistle. */
  minutesSinceLast: number;
}

/** At most one whistle in this many minutes: a summons is for the hard cases, not a routine. */
const MIN_MINUTES_BETWEEN = 20;
const CHANCE_PER_LOOK = 0.3;

/** 攻坚哨 (an emergency whistle for urgent ones) for an escalated case not yet summoned for, now and then. */
export function chooseSummons({ cases, summoned, minutesSinceLast }: SummonsChoice, random: Random): SummonsPlan | null {
  if (minutesSinceLast < MIN_MINUTES_BETWEEN) return null;
  const hard = cases.filter((c) => c.escalated && !summoned.has(c.id) && (c.stage === "dispatched" || c.stage === "in_progress"));
  if (hard.length === 0 || random.float() >= CHANCE_PER_LOOK) return null;
  const chosen = random.pick(hard);
  const partner = PARTNER[chosen.department];
  return {
    caseId: chosen.id,
    whistle: chosen.priority === "urgent" ? "emergency" : "hard",
    departments: partner ? [chosen.department, partner] : [chosen.department],
    reason: `${chosen.code} 超期升级，需多部门协同处置`,
  };
}

/** The street's 1–5 for a summoned department once the case is closed: by how it reported in. */
export function departmentScore(status: SummonedStatus, random: Random): number {
  switch (status) {
    case "acknowledged":
      return random.float() < 0.7 ? 5 : 4;
    case "late":
      return random.float() < 0.5 ? 3 : 2;
    case "missed":
    case "pending":
      return 1;
  }
}
