import { describe, expect, it } from "vitest";
import { issueAlertRequestSchema } from "@/lib/contracts/cap-alert";
import { cityAlert } from "@/lib/domain/alerts/city-alert";
import { parseCapAlert } from "@/lib/domain/alerts/parse-cap-alert";
import { writeCapAlert } from "@/lib/domain/alerts/write-cap-alert";
import { libxml2CapErrors } from "../../support/validate-cap-xml";
import { capSample, typhoonWarning } from "./cap-fixtures";

function parsed(xml: string) {
  const result = parseCapAlert(xml);
  if (!result.ok) throw new Error(`${"element" in result ? result.element : result.problem}: ${result.message}`);
  return result.alert;
}

const request = issueAlertRequestSchema.parse({
  event: "暴雨红色预警 & 内涝",
  severity: "Extreme",
  headline: "浦东新区 <积水> 预警",
  description: "未来3小时降雨量将达100毫米以上，低洼地区注意防范。",
  area: {
    description: "浦东新区陆家嘴",
    polygons: [[{ lat: 31.23, lon: 121.49 }, { lat: 31.25, lon: 121.49 }, { lat: 31.25, lon: 121.52 }]],
    circles: [{ lat: 31.24, lon: 121.5, radiusKm: 3 }],
  },
  expiresAt: "2021-07-25T12:00:00Z",
});
const issuer = { id: "7f0d6c1e-2f0a-4b6e-9a57-3f1f0c2d4e5a", sender: "city.example", senderName: "值班员 王", now: new Date("2021-07-25T06:00:00Z") };

describe("writeCapAlert", () => {
  it.each(["australia", "canada", "wcatwc-warning"] as const)("writes %s back as the same alert", (name) => {
    const alert = parsed(capSample(name));
    expect(parsed(writeCapAlert(alert))).toEqual(alert);
  });

  it("writes what libxml2 finds valid against cap12.xsd, for the samples and the city's own warning", async () => {
    for (const alert of [parsed(capSample("canada")), parsed(capSample("australia")), cityAlert(request, issuer)]) {
      expect(await libxml2CapErrors(writeCapAlert(alert))).toEqual([]);
    }
  });

  it("agrees with libxml2 on the refused samples", async () => {
    expect(await libxml2CapErrors(capSample("invalid"))).not.toEqual([]);
    expect(await libxml2CapErrors(capSample("weather"))).not.toEqual([]);
    expect(await libxml2CapErrors(typhoonWarning((xml) => xml.replace("<urgency>Expected", "<urgency>Soon")))).not.toEqual([]);
  });
});

describe("cityAlert", () => {
  it("makes an operator's warning a public CAP alert in the city's time, its polygon closed and its text escaped", () => {
    const alert = cityAlert(request, issuer);
    expect(alert).toMatchObject({ identifier: `tonglan-alert-${issuer.id}`, sender: "city.example", sent: "2021-07-25T14:00:00+08:00", status: "Actual", msgType: "Alert", scope: "Public" });
    const info = alert.infos[0]!;
    expect([info.language, info.categories, info.effective, info.expires]).toEqual(["zh-CN", ["Met"], "2021-07-25T14:00:00+08:00", "2021-07-25T20:00:00+08:00"]);
    expect(info.areas[0]!.polygons[0]).toHaveLength(4);
    const xml = writeCapAlert(alert);
    expect(xml).toContain("<event>暴雨红色预警 &amp; 内涝</event>");
    expect(xml).toContain("<headline>浦东新区 &lt;积水&gt; 预警</headline>");
    expect(xml).toContain("<circle>31.24,121.5 3</circle>");
    expect(parsed(xml)).toEqual(alert);
  });
});
