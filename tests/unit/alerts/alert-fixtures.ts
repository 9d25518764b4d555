import type { AlertSummary, CapInfo } from "@/lib/contracts";

/** A stored alert as screens receive it: a typhoon warning over a square of Pudong, in force 08:00–20:00 on 25 July 2021. */
export function anAlert(id: string, patch: Partial<AlertSummary> = {}, infos: Partial<CapInfo>[] = [{}]): AlertSummary {
  return {
    id,
    origin: "received",
    state: "active",
    version: 1,
    receivedAt: "2021-07-25T00:00:00.000Z",
    alert: {
      identifier: `smb-${id.slice(0, 8)}`,
      sender: "smb@weather.sh.cn",
      sent: "2021-07-25T08:00:00+08:00",
      status: "Actual",
      msgType: "Alert",
      scope: "Public",
      codes: [],
      infos: infos.map((info) => ({
        language: "zh-CN",
        categories: ["Met"],
        event: "台风橙色预警",
        responseTypes: [],
        urgency: "Expected",
        severity: "Severe",
        certainty: "Likely",
        eventCodes: [],
        effective: "2021-07-25T08:00:00+08:00",
        expires: "2021-07-25T20:00:00+08:00",
        headline: "台风橙色预警",
        parameters: [],
        resources: [],
        areas: [
          {
            areaDesc: "浦东新区",
            polygons: [[{ lat: 31.1, lon: 121.5 }, { lat: 31.3, lon: 121.5 }, { lat: 31.3, lon: 121.8 }, { lat: 31.1, lon: 121.5 }]],
            circles: [{ center: { lat: 31.23, lon: 121.47 }, radiusKm: 10 }],
            geocodes: [],
          },
        ],
        ...info,
      })),
    },
    ...patch,
  };
}
