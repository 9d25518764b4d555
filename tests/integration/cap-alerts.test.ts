import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Delta } from "@/lib/contracts/delta";
import { alertListSchema, alertStoredSchema, type AlertList, type AlertStored } from "@/lib/contracts/cap-alert";
import { screenModeSchema } from "@/lib/contracts/screen-mode";
import { typhoonAlertInForce } from "@/lib/contracts/alert-in-force";
import { createDatabase } from "@/lib/db/create-database";
import { typhoonWarningInForce } from "@/lib/pipeline/load-alerts-in-force";
import { formatCapDateTime } from "@/lib/domain/alerts/cap-date-time";
import { connectScreen, waitForDelta, type ScreenSocket } from "../support/screen-client";
import { spawnServerOn, type ServerOnStorage } from "../support/server-on-storage";
import { testGatewayTokens, testRedisUrl, uniquePrefix } from "../support/services";
import { signInCookie } from "../support/session-client";
import type { RunningServer } from "../support/spawn-server";
import { libxml2CapErrors } from "../support/validate-cap-xml";

const sample = (name: string) => readFileSync(new URL(`../../datasets/cap/samples/${name}.cap`, import.meta.url), "utf8");
const token = testGatewayTokens.WEATHER_GATEWAY_TOKEN;
const capTime = (offsetMinutes: number) => formatCapDateTime(new Date(Date.now() + offsetMinutes * 60_000));

/** A typhoon warning in force now (sent a minute ago, for two hours), or an Update/Cancel of earlier ones. */
function warning(identifier: string, options: { msgType?: string; references?: string; sent?: string; event?: string; urgency?: string } = {}): { xml: string; sent: string } {
  const sent = options.sent ?? capTime(-1);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>${identifier}</identifier>
  <sender>smb@weather.sh.cn</sender>
  <sent>${sent}</sent>
  <status>Actual</status>
  <msgType>${options.msgType ?? "Alert"}</msgType>
  <scope>Public</scope>${options.references ? `\n  <references>${options.references}</references>` : ""}
  <info>
    <language>zh-CN</language>
    <category>Met</category>
    <event>${options.event ?? "台风橙色预警"}</event>
    <urgency>${options.urgency ?? "Expected"}</urgency>
    <severity>Severe</severity>
    <certainty>Likely</certainty>
    <effective>${sent}</effective>
    <expires>${capTime(120)}</expires>
    <headline>台风“烟花”橙色预警</headline>
    <area>
      <areaDesc>浦东新区</areaDesc>
      <polygon>31.1,121.5 31.3,121.5 31.3,121.8 31.1,121.8 31.1,121.5</polygon>
      <circle>31.23,121.47 25</circle>
    </area>
  </info>
</alert>
`;
  return { xml, sent };
}

describe.each(["postgres", "pglite"] as const)("CAP alerts on %s", (kind) => {
  const prefix = uniquePrefix(`cap-${kind}`);
  let running: ServerOnStorage | undefined;
  let server: RunningServer;
  let screen: { socket: ScreenSocket; deltas: Delta[] } | undefined;

  const post = (xml: string, headers: Record<string, string> = {}) =>
    fetch(`${server.baseUrl}/api/alerts`, { method: "POST", headers: { "content-type": "application/cap+xml", authorization: `Bearer ${token}`, ...headers }, body: xml });
  const stored = async (response: Response, status: number): Promise<AlertStored> => {
    expect(response.status, await response.clone().text()).toBe(status);
    return alertStoredSchema.parse(await response.json());
  };
  const inForce = async (): Promise<AlertList["alerts"]> => alertListSchema.parse(await (await fetch(`${server.baseUrl}/api/alerts`)).json()).alerts;
  const screenMode = async () => screenModeSchema.parse(await (await fetch(`${server.baseUrl}/api/screen/mode`)).json());
  const refusal = async (response: Response) => ({ status: response.status, body: (await response.json()) as { error: { code: string; fields?: { path: string }[] } } });

  beforeAll(async () => {
    running = await spawnServerOn(kind, { REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, SEED_DEMO_CITY: "1" });
    ({ server } = running);
    screen = await connectScreen(server.baseUrl);
  });

  afterAll(async () => {
    screen?.socket.close();
    await running?.stop();
  });

  it("stores each valid sample once: 201, then 200 for the same identifier, sender and sent; expired ones are not in force", async () => {
    for (const name of ["australia", "canada", "wcatwc-warning"]) {
      const first = await stored(await post(sample(name)), 201);
      expect(first.duplicate).toBe(false);
      // The samples' Updates reference alerts this server never received: nothing to supersede.
      expect(first.applied).toEqual([]);
      expect(await stored(await post(sample(name)), 200)).toEqual({ ...first, duplicate: true });
    }
    expect(await inForce()).toEqual([]);
  });

  it("refuses an invalid alert with the element named, and stores nothing of it", async () => {
    const invalid = await refusal(await post(sample("invalid")));
    expect(invalid).toMatchObject({ status: 400, body: { error: { code: "invalid_cap", fields: [{ path: "alert.scope" }] } } });
    expect((await refusal(await post(sample("weather")))).body.error.fields?.[0]?.path).toBe("alert");

    const bad = warning("SMB-INVALID-1", { urgency: "Soon", event: "高温橙色预警" });
    expect((await refusal(await post(bad.xml))).body.error.fields?.[0]?.path).toBe("alert.info[0].urgency");
    // Had anything been kept under that key, the corrected alert would be a 200 duplicate.
    const corrected = bad.xml.replace("<urgency>Soon", "<urgency>Expected");
    expect((await stored(await post(corrected), 201)).duplicate).toBe(false);
  });

  it("refuses DTDs, other content types, oversized bodies and callers without the weather token", async () => {
    const xxe = warning("SMB-XXE").xml.replace("<alert ", '<!DOCTYPE alert [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<alert ').replace("浦东新区</areaDesc>", "&x;</areaDesc>");
    expect(await refusal(await post(xxe))).toMatchObject({ status: 400, body: { error: { code: "dtd_refused" } } });
    expect((await post(warning("SMB-JSON").xml, { "content-type": "application/json" })).status).toBe(415);
    expect((await post(`${warning("SMB-BIG").xml}<!--${"x".repeat(300 * 1024)}-->`)).status).toBe(413);
    expect((await post(warning("SMB-ANON").xml, { authorization: "" })).status).toBe(401);
    expect((await post(warning("SMB-WRONG").xml, { authorization: "Bearer wrong-token-0123456789abcdef0123456789" })).status).toBe(401);
  });

  it("a typhoon warning in force turns typhoon mode on, its Cancel turns it off; the screen hears both", async () => {
    expect(typhoonAlertInForce(await inForce(), new Date())).toBe(false);
    const alert = warning("SMB-TY-2106-01");
    const issued = await stored(await post(alert.xml), 201);
    const listed = await inForce();
    expect(listed.map((item) => item.id)).toContain(issued.id);
    expect(listed.find((item) => item.id === issued.id)!.alert.infos[0]!.areas[0]!.polygons[0]).toHaveLength(5);
    expect(typhoonAlertInForce(listed, new Date())).toBe(true);
    const delta = await waitForDelta(screen!.socket, screen!.deltas, (d) => d.kind === "alert" && d.alert.id === issued.id);
    expect(delta.kind === "alert" && delta.alert.state).toBe("active");
    await waitForDelta(screen!.socket, screen!.deltas, (d) => d.kind === "screen-mode" && d.mode.typhoon && d.mode.alertInForce);
    expect(await screenMode()).toMatchObject({ typhoon: true, alertInForce: true, typhoonSwitch: false });

    const cancel = warning("SMB-TY-2106-01-CANCEL", { msgType: "Cancel", references: `smb@weather.sh.cn,SMB-TY-2106-01,${alert.sent}`, sent: capTime(0) });
    const cancelled = await stored(await post(cancel.xml), 201);
    expect(cancelled.applied).toEqual([{ id: issued.id, state: "cancelled" }]);
    const after = await inForce();
    expect(after.map((item) => item.id)).not.toContain(issued.id);
    expect(typhoonAlertInForce(after, new Date())).toBe(false);
    const cancelDelta = await waitForDelta(screen!.socket, screen!.deltas, (d) => d.kind === "alert" && d.alert.id === issued.id && d.alert.state === "cancelled");
    expect(cancelDelta.kind === "alert" && cancelDelta.alert.version).toBe(2);
    await waitForDelta(screen!.socket, screen!.deltas, (d) => d.kind === "screen-mode" && !d.mode.typhoon);
    expect(await screenMode()).toMatchObject({ typhoon: false, alertInForce: false });
  });

  it.runIf(kind === "postgres")("answers typhoon mode from the database through the pipeline query", async () => {
    const handle = await createDatabase({ databaseUrl: running!.database!.url, pgliteDir: "", poolSize: 1 });
    try {
      expect(await typhoonWarningInForce(handle.db, new Date())).toBe(false);
      const alert = warning("SMB-TY-2106-PIPELINE", { event: "Typhoon Warning" });
      await stored(await post(alert.xml), 201);
      expect(await typhoonWarningInForce(handle.db, new Date())).toBe(true);
      expect(await typhoonWarningInForce(handle.db, new Date(Date.now() + 3 * 3_600_000))).toBe(false);
      const cancel = warning("SMB-TY-2106-PIPELINE-CANCEL", { msgType: "Cancel", references: `smb@weather.sh.cn,SMB-TY-2106-PIPELINE,${alert.sent}`, sent: capTime(0) });
      await stored(await post(cancel.xml), 201);
      expect(await typhoonWarningInForce(handle.db, new Date())).toBe(false);
    } finally {
      await handle.close();
    }
  });

  it("an Update supersedes the alert it references and is in force in its place", async () => {
    const first = warning("SMB-RAIN-01", { event: "暴雨黄色预警" });
    const original = await stored(await post(first.xml), 201);
    const update = warning("SMB-RAIN-02", { msgType: "Update", event: "暴雨橙色预警", references: `smb@weather.sh.cn,SMB-RAIN-01,${first.sent}`, sent: capTime(0) });
    const updated = await stored(await post(update.xml), 201);
    expect(updated.applied).toEqual([{ id: original.id, state: "superseded" }]);
    const ids = (await inForce()).map((item) => item.id);
    expect(ids).toContain(updated.id);
    expect(ids).not.toContain(original.id);
  });

  it("publishes the city's own warning as CAP 1.2 that libxml2 finds valid, and in the Atom feed", async () => {
    const operator = await signInCookie(server.baseUrl, "operator");
    const request = {
      event: "内涝预警",
      severity: "Severe",
      headline: "陆家嘴低洼路段积水预警",
      description: "未来3小时雨量可达80毫米，超过排水能力。",
      area: { description: "陆家嘴", polygons: [[{ lat: 31.23, lon: 121.49 }, { lat: 31.25, lon: 121.49 }, { lat: 31.25, lon: 121.52 }]], circles: [] },
      expiresAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
    };
    const issue = (cookie?: string, body: unknown = request) =>
      fetch(`${server.baseUrl}/api/alerts/issue`, { method: "POST", headers: { "content-type": "application/json", ...(cookie && { cookie }) }, body: JSON.stringify(body) });
    expect((await issue()).status).toBe(401);
    expect((await issue(await signInCookie(server.baseUrl, "leader"))).status).toBe(403);
    const noArea = await refusal(await issue(operator, { ...request, area: { description: "x" } }));
    expect(noArea.body.error.fields?.[0]?.path).toBe("area");

    const response = await issue(operator);
    expect(response.status).toBe(201);
    const { id, xmlPath } = (await response.json()) as { id: string; xmlPath: string };
    const document = await fetch(`${server.baseUrl}${xmlPath}`);
    expect(document.headers.get("content-type")).toContain("application/cap+xml");
    const xml = await document.text();
    expect(xml).toContain("<event>内涝预警</event>");
    expect(await libxml2CapErrors(xml)).toEqual([]);
    expect((await inForce()).find((item) => item.id === id)?.origin).toBe("issued");

    const feed = await (await fetch(`${server.baseUrl}/api/alerts/feed.xml`)).text();
    expect(feed).toContain(`/api/alerts/${id}.xml`);
    expect(feed).toContain("陆家嘴低洼路段积水预警");
    // Alerts received from other services are not republished.
    const received = (await inForce()).find((item) => item.origin === "received")!;
    expect((await fetch(`${server.baseUrl}/api/alerts/${received.id}.xml`)).status).toBe(404);
  });
});
