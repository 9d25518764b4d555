import { randomUUID } from "node:crypto";
import type { AlertIssued, IssueAlert } from "@/lib/contracts/cap-alert";
import { cityAlert } from "@/lib/domain/alerts/city-alert";
import { parseCapAlert } from "@/lib/domain/alerts/parse-cap-alert";
import { writeCapAlert } from "@/lib/domain/alerts/write-cap-alert";
import type { PipelineContext } from "./pipeline-context";
import { storeCapAlert } from "./store-cap-alert";

export interface CityIssuer {
  userId: string;
  displayName: string;
  /** The city's CAP sender (its host name). */
  sender: string;
}

/**
 * An operator's warning, published as CAP 1.2: written, read back through the same parser that
 * guards POST /api/alerts (so what the city publishes is valid by the same rules), then stored and
 * pushed like a received alert.
 */
export async function issueCityAlert(ctx: Pick<PipelineContext, "db" | "publisher" | "clock">, request: IssueAlert, issuer: CityIssuer): Promise<AlertIssued> {
  const id = randomUUID();
  const alert = cityAlert(request, { id, sender: issuer.sender, senderName: issuer.displayName, now: ctx.clock() });
  const xml = writeCapAlert(alert);
  const check = parseCapAlert(xml);
  if (!check.ok) throw new Error(`the city's alert is not valid CAP 1.2: ${"element" in check ? `${check.element}: ` : ""}${check.message}`);
  await storeCapAlert(ctx, { id, alert: check.alert, xml, origin: "issued", issuedBy: issuer.userId });
  return { id, identifier: alert.identifier, xmlPath: `/api/alerts/${id}.xml` };
}
