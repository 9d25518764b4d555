import { capAlertSchema, type CapAlert, type CapPoint, type IssueAlert } from "@/lib/contracts/cap-alert";
import { formatCapDateTime } from "./cap-date-time";

export interface CityAlertIssuer {
  /** The stored alert's id; the CAP identifier is made from it, so it is unique as the id is. */
  id: string;
  /** Who the city is in CAP (the site's host name). */
  sender: string;
  /** The operator's name, as CAP's senderName. */
  senderName: string;
  now: Date;
}

const closed = (ring: readonly { lat: number; lon: number }[]): CapPoint[] => {
  const first = ring[0]!;
  const last = ring.at(-1)!;
  return first.lat === last.lat && first.lon === last.lon ? [...ring] : [...ring, first];
};

/** An operator's warning as a CAP 1.2 alert from the city: status Actual, msgType Alert, public. */
export function cityAlert(request: IssueAlert, issuer: CityAlertIssuer): CapAlert {
  const sent = formatCapDateTime(issuer.now);
  return capAlertSchema.parse({
    identifier: `tonglan-alert-${issuer.id}`,
    sender: issuer.sender,
    sent,
    status: "Actual",
    msgType: "Alert",
    scope: "Public",
    codes: [],
    infos: [
      {
        language: request.language,
        categories: [request.category],
        event: request.event,
        responseTypes: [],
        urgency: request.urgency,
        severity: request.severity,
        certainty: request.certainty,
        eventCodes: [],
        effective: request.effectiveAt ? formatCapDateTime(new Date(request.effectiveAt)) : sent,
        expires: formatCapDateTime(new Date(request.expiresAt)),
        senderName: issuer.senderName,
        headline: request.headline,
        description: request.description,
        instruction: request.instruction,
        parameters: [],
        resources: [],
        areas: [
          {
            areaDesc: request.area.description,
            polygons: request.area.polygons.map(closed),
            circles: request.area.circles.map((circle) => ({ center: { lat: circle.lat, lon: circle.lon }, radiusKm: circle.radiusKm })),
            geocodes: [],
          },
        ],
      },
    ],
  });
}
