import type { SummonedStatus, Whistle } from "@/lib/contracts/summons";

export type WhistleDeadlines = Readonly<Record<Whistle, number>>;

/** Default report-in deadlines in minutes; configurable per deployment. */
export const defaultWhistleDeadlines: WhistleDeadlines = { routine: 24 * 60, hard: 120, emergency: 30 };

export function ackDueAt(whistle: Whistle, summonedAt: Date, deadlines: WhistleDeadlines, minuteMs = 60_000): Date {
  return new Date(summonedAt.getTime() + deadlines[whistle] * minuteMs);
}

export interface SummonedFacts {
  acknowledgedAt: Date | null;
  missedAt: Date | null;
}

/** A department reported in on time, late, not yet (deadline still ahead), or missed it. */
export function summonedStatus(facts: SummonedFacts, dueAt: Date, now: Date): SummonedStatus {
  if (facts.acknowledgedAt) return facts.acknowledgedAt <= dueAt ? "acknowledged" : "late";
  if (facts.missedAt || now > dueAt) return "missed";
  return "pending";
}

/** An urgent case summons by emergency whistle, others by routine, when the catalogue asks for departments. */
export function automaticWhistle(priority: string): Whistle {
  return priority === "urgent" ? "emergency" : "routine";
}

/** The street's desk blows the whistle; the system does it for categories the catalogue marks. */
export function maySummon(role: string): boolean {
  return role === "dispatcher" || role === "admin" || role === "system";
}
