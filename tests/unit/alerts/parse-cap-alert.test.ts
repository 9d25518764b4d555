import { describe, expect, it } from "vitest";
import { MAX_CAP_ALERT_BYTES } from "@/lib/contracts/cap-alert";
import { parseCapAlert } from "@/lib/domain/alerts/parse-cap-alert";
import { capSample, typhoonWarning } from "./cap-fixtures";

function refusal(xml: string | Uint8Array) {
  const result = parseCapAlert(xml);
  if (result.ok) throw new Error("expected the alert to be refused");
  return result;
}

describe("parseCapAlert: the real samples", () => {
  it("reads Environment Canada's Update: references, two languages, polygons as points", () => {
    const result = parseCapAlert(capSample("canada"));
    if (!result.ok) throw new Error(result.message);
    const { alert } = result;
    expect([alert.identifier, alert.sender, alert.sent, alert.msgType]).toEqual(["2.49.0.1.124.6bddbc91.2012", "cap@ec.gc.ca", "2012-05-02T23:21:04-00:00", "Update"]);
    expect(alert.references).toContain("cap@ec.gc.ca,2.49.0.1.124.a3f342a4.2012,2012-05-02T21:45:05-00:00");
    expect(alert.infos.map((info) => info.language)).toEqual(["en-CA", "fr-CA"]);
    const polygon = alert.infos[0]!.areas[0]!.polygons[0]!;
    expect(polygon[0]).toEqual({ lat: 42.3481, lon: -82.9314 });
    expect(polygon.at(-1)).toEqual(polygon[0]);
  });

  it("reads the prefixed Australian alert and NOAA's tsunami warning", () => {
    const australia = parseCapAlert(capSample("australia"));
    const tsunami = parseCapAlert(capSample("wcatwc-warning"));
    expect(australia.ok && australia.alert.infos[0]!.categories).toEqual(["Fire", "Met"]);
    expect(australia.ok && australia.alert.infos[0]!.description).toContain("<br />LOCATION: 12 Cox Street");
    expect(tsunami.ok && tsunami.alert.references).toBe("PAAQ,PAAQ-1-lqw6d6,2011-09-02T10:55:55-00:00");
  });

  it("refuses the sample without a scope, naming alert.scope", () => {
    expect(refusal(capSample("invalid"))).toMatchObject({ problem: "invalid", element: "alert.scope" });
  });

  it("refuses a CAP 1.1 document: its root is not the 1.2 alert", () => {
    expect(refusal(capSample("weather"))).toMatchObject({ problem: "invalid", element: "alert", message: expect.stringContaining("cap:1.1") });
  });
});

describe("parseCapAlert: the schema's rules, each failure named", () => {
  const cases: [string, (xml: string) => string, string][] = [
    ["an urgency outside the enumeration", (xml) => xml.replace("<urgency>Expected", "<urgency>Soon"), "alert.info[0].urgency"],
    ["a sent time without an offset", (xml) => xml.replace("<sent>2021-07-25T08:00:00+08:00", "<sent>2021-07-25T08:00:00Z"), "alert.sent"],
    ["an impossible date", (xml) => xml.replace("<expires>2021-07-26", "<expires>2021-02-30"), "alert.info[0].expires"],
    ["elements out of order", (xml) => xml.replace("<status>Actual</status>\n  <msgType>Alert</msgType>", "<msgType>Alert</msgType>\n  <status>Actual</status>"), "alert.status"],
    ["a missing event", (xml) => xml.replace("<event>台风橙色预警</event>", ""), "alert.info[0].event"],
    ["an element CAP does not have", (xml) => xml.replace("<scope>Public</scope>", "<scope>Public</scope><colour>orange</colour>"), "alert.colour"],
    ["an element twice", (xml) => xml.replace("<severity>Severe</severity>", "<severity>Severe</severity><severity>Minor</severity>"), "alert.info[0].severity"],
    ["an attribute", (xml) => xml.replace("<event>", '<event lang="zh">'), "alert.info[0].event"],
    ["text between elements", (xml) => xml.replace("<area>", "<area>stray"), "alert.info[0].area[0]"],
    ["an element in another namespace", (xml) => xml.replace("<scope>Public</scope>", '<scope>Public</scope><x:note xmlns:x="urn:x">hi</x:note>'), "alert.note"],
    ["a polygon that is not pairs", (xml) => xml.replace("31.0,121.2 31.4", "31.0;121.2 31.4"), "alert.info[0].area[0].polygon[0]"],
    ["an open polygon", (xml) => xml.replace("31.0,121.7 31.0,121.2", "31.0,121.7 31.1,121.2"), "alert.info[0].area[0].polygon[0]"],
    ["a latitude out of range", (xml) => xml.replace("<circle>31.23,", "<circle>131.23,"), "alert.info[0].area[0].circle[0]"],
    ["a circle without a radius", (xml) => xml.replace("<circle>31.23,121.47 30", "<circle>31.23,121.47"), "alert.info[0].area[0].circle[0]"],
    ["a malformed reference", (xml) => xml.replace("<scope>Public</scope>", "<scope>Public</scope><references>smb,only-two</references>"), "alert.references"],
    ["an identifier with a space", (xml) => xml.replace("SMB-2021-0725-TY-01", "SMB 2021"), "alert.identifier"],
  ];
  it.each(cases)("%s", (_, edit, element) => {
    expect(refusal(typhoonWarning(edit))).toMatchObject({ problem: "invalid", element });
  });

  it("accepts the warning unedited, and a trailing XML signature", () => {
    expect(parseCapAlert(typhoonWarning()).ok).toBe(true);
    const signed = typhoonWarning((xml) => xml.replace("</alert>", '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo/></Signature></alert>'));
    expect(parseCapAlert(signed).ok).toBe(true);
  });
});

describe("parseCapAlert: hostile documents", () => {
  it("refuses an external entity (XXE) without reading the file it names", () => {
    const xxe = typhoonWarning((xml) =>
      xml.replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0"?>\n<!DOCTYPE alert [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>').replace("上海市", "&secret;"),
    );
    const result = refusal(xxe);
    expect(result.problem).toBe("dtd_refused");
    expect(JSON.stringify(result)).not.toContain("root:");
  });

  it("refuses an external DTD and a parameter entity", () => {
    expect(refusal(typhoonWarning((xml) => xml.replace("<alert ", '<!DOCTYPE alert SYSTEM "http://evil.example/cap.dtd">\n<alert '))).problem).toBe("dtd_refused");
    expect(refusal('<!DOCTYPE a [<!ENTITY % p SYSTEM "http://evil.example/x">%p;]><a/>').problem).toBe("dtd_refused");
  });

  it("refuses a billion-laughs document at once, expanding nothing", () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("\n");
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE alert [\n<!ENTITY lol0 "lol">\n${levels}\n]>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&lol9;</identifier></alert>`;
    const started = performance.now();
    expect(refusal(bomb).problem).toBe("dtd_refused");
    expect(performance.now() - started).toBeLessThan(50);
  });

  it("does not expand an undeclared entity either: the document is malformed", () => {
    expect(refusal(typhoonWarning((xml) => xml.replace("上海市", "&lol9;"))).problem).toBe("malformed");
  });

  it("refuses an alert over the byte limit before parsing it", () => {
    const padding = "很".repeat(MAX_CAP_ALERT_BYTES / 3);
    const oversized = typhoonWarning((xml) => xml.replace("上海市", `上海市${padding}`));
    expect(refusal(oversized)).toMatchObject({ problem: "too_large" });
    expect(parseCapAlert(typhoonWarning(), 200).ok).toBe(false);
  });

  it("refuses bytes that are not UTF-8 and text that is not well-formed", () => {
    expect(refusal(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e])).problem).toBe("malformed");
    expect(refusal(typhoonWarning((xml) => xml.replace("</scope>", "</scop>"))).problem).toBe("malformed");
    expect(refusal("").problem).toBe("malformed");
  });
});
