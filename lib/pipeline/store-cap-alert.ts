import { randomUUID } from "node:crypto";
import type { AlertStored, AlertSummary, CapAlert } from "@/lib/contracts/cap-alert";
import { insertAlert, replaceReferenced } from "@/lib/db/repositories/alerts.repository";
import { parseCapReferences } from "@/lib/domain/alerts/cap-references";
import { followWarnings } from "./follow-warnings";
import type { PipelineContext } from "./pipeline-context";

export interface AlertToStore {
  alert: CapAlert;
  xml: string;
  origin: AlertSummary["origin"];
  issuedBy?: string;
  /** Chosen by the caller when the XML names it (the city's own identifiers do); new otherwise. */
  id?: string;
}

/**
 * Stores a valid alert once per (identifier, sender, sent) and, for an Update or a Cancel, supersedes
 * or cancels the alerts it references, all in one transaction; then pushes every alert that changed
 * to the screens as `alert` deltas. A duplicate changes nothing and pushes nothing.
 */
export async function storeCapAlert(ctx: Pick<PipelineContext, "db" | "publisher" | "clock">, input: AlertToStore): Promise<AlertStored> {
  const at = ctx.clock();
  const id = input.id ?? randomUUID();
  const outcome = await ctx.db.transaction().execute(async (tx) => {
    const stored = await insertAlert(tx, { id, origin: input.origin, issuedBy: input.issuedBy ?? null, alert: input.alert, xml: input.xml, at });
    if (stored.duplicate) return { id: stored.id, duplicate: true, changed: [] as AlertSummary[] };
    const { msgType, references } = input.alert;
    const replacing = msgType === "Update" || msgType === "Cancel";
    const changed =
      replacing && references
        ? await replaceReferenced(tx, {
            references: parseCapReferences(references) ?? [],
            origin: input.origin,
            state: msgType === "Update" ? "superseded" : "cancelled",
            by: id,
            at,
          })
        : [];
    return { id, duplicate: false, changed: [stored.summary, ...changed] };
  });
  if (outcome.changed.length > 0) {
    await ctx.publisher.publish(outcome.changed.map((alert) => ({ kind: "alert" as const, alert })));
    await followWarnings(ctx);
  }
  return {
    id: outcome.id,
    duplicate: outcome.duplicate,
    applied: outcome.changed.filter((alert) => alert.id !== outcome.id).map((alert) => ({ id: alert.id, state: alert.state })),
  };
}
