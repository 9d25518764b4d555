import { z } from "zod";
import { channels, isRole, ratings, type Channel, type HistoryItem, type Rating } from "@/lib/contracts";
import { riskHorizonSchema, riskReasonSchema } from "@/lib/contracts/risk";
import type { DispatchMessages } from "./dispatch-messages";

export interface HistoryLine {
  action: string;
  actor: string;
  facts: string[];
  /** Why, in the actor's words: a reason, a result or a rating. */
  note: string | null;
}

/** The risk a case opened from a risk point records (lib/domain/risk/risk-action-case.ts). */
const motivatingRiskSchema = z.object({ score: z.number(), horizon: riskHorizonSchema, reasons: z.array(riskReasonSchema) });

const isChannel = (value: string): value is Channel => (channels as readonly string[]).includes(value);
const isRating = (value: unknown): value is Rating => (ratings as readonly unknown[]).includes(value);
const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null);

/** `role:id`, `system:…` or `channel:…` as a person reads it; a user by their name when the server gave it. */
export function describeActor(actor: string, m: DispatchMessages, name?: string): string {
  const split = actor.indexOf(":");
  const kind = split < 0 ? actor : actor.slice(0, split);
  const who = split < 0 ? "" : actor.slice(split + 1);
  if (kind === "system") return who === "auto-dispatch" ? m.history.actors.autoDispatch : who === "sla" ? m.history.actors.sla : m.history.actors.system;
  if (kind === "channel") return `${m.history.actors.channel} · ${isChannel(who) ? m.channels[who] : who}`;
  if (isRole(kind)) return `${m.roles[kind]} ${name ?? who}`.trim();
  return actor;
}

/** One history entry as the timeline shows it; worker ids are named where the console knows the worker. */
export function describeHistory(item: HistoryItem, m: DispatchMessages, workerName: (id: string) => string): HistoryLine {
  const { detail } = item;
  const facts: string[] = [];
  const worker = text(detail.workerId);
  const fromWorker = text(detail.fromWorkerId);
  if (fromWorker) facts.push(m.history.fromWorker(workerName(fromWorker)));
  if (worker) facts.push(m.history.worker(workerName(worker)));
  if (typeof detail.travelMeters === "number") facts.push(m.history.travel(detail.travelMeters));
  const mergedInto = text(detail.mergeIntoCode);
  if (mergedInto) facts.push(m.history.mergedInto(mergedInto));
  const mergedIn = text(detail.mergedCode);
  if (mergedIn) facts.push(m.history.mergedIn(mergedIn));
  const risk = motivatingRiskSchema.safeParse(detail.risk);
  if (risk.success) facts.push(m.history.risk(risk.data.score, risk.data.horizon), ...risk.data.reasons.map(m.history.riskReason));
  return {
    action: m.history.actions[item.action] ?? item.action,
    actor: describeActor(item.actor, m, item.actorName),
    facts,
    note: text(detail.reason) ?? text(detail.result) ?? (isRating(detail.rating) ? m.history.ratings[detail.rating] : text(detail.rating)),
  };
}
