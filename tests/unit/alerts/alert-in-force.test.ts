import { describe, expect, it } from "vitest";
import type { CapAlert, CapInfo } from "@/lib/contracts/cap-alert";
import { alertInForce, isStormWarning, typhoonAlertInForce } from "@/lib/contracts/alert-in-force";

const info = (patch: Partial<CapInfo> = {}): CapInfo => ({
  categories: ["Met"],
  event: "Typhoon Warning",
  responseTypes: [],
  urgency: "Expected",
  severity: "Severe",
  certainty: "Likely",
  eventCodes: [],
  effective: "2021-07-25T08:00:00+08:00",
  expires: "2021-07-26T08:00:00+08:00",
  parameters: [],
  resources: [],
  areas: [],
  ...patch,
});
const alert = (patch: Partial<CapAlert> = {}, infos = [info()]): CapAlert => ({
  identifier: "a",
  sender: "smb",
  sent: "2021-07-25T07:50:00+08:00",
  status: "Actual",
  msgType: "Alert",
  scope: "Public",
  codes: [],
  infos,
  ...patch,
});
const at = (instant: string) => new Date(instant);
const during = at("2021-07-25T12:00:00+08:00");

describe("alertInForce", () => {
  it("holds from effective (inclusive) to expires (exclusive)", () => {
    const stored = { state: "active" as const, alert: alert() };
    expect(alertInForce(stored, at("2021-07-25T07:59:59+08:00"))).toBe(false);
    expect(alertInForce(stored, at("2021-07-25T08:00:00+08:00"))).toBe(true);
    expect(alertInForce(stored, at("2021-07-26T07:59:59+08:00"))).toBe(true);
    expect(alertInForce(stored, at("2021-07-26T08:00:00+08:00"))).toBe(false);
  });

  it("starts at sent without an effective time and lasts until cancelled without an expiry", () => {
    const stored = { state: "active" as const, alert: alert({}, [info({ effective: undefined, expires: undefined })]) };
    expect(alertInForce(stored, at("2021-07-25T07:50:00+08:00"))).toBe(true);
    expect(alertInForce(stored, at("2031-01-01T00:00:00+08:00"))).toBe(true);
  });

  it("is never in force once superseded or cancelled, nor for exercises, tests, Cancel messages or alerts without info", () => {
    expect(alertInForce({ state: "cancelled", alert: alert() }, during)).toBe(false);
    expect(alertInForce({ state: "superseded", alert: alert() }, during)).toBe(false);
    expect(alertInForce({ state: "active", alert: alert({ status: "Exercise" }) }, during)).toBe(false);
    expect(alertInForce({ state: "active", alert: alert({ status: "Test" }) }, during)).toBe(false);
    expect(alertInForce({ state: "active", alert: alert({ msgType: "Cancel" }) }, during)).toBe(false);
    expect(alertInForce({ state: "active", alert: alert({}, []) }, during)).toBe(false);
    expect(alertInForce({ state: "active", alert: alert({ msgType: "Update" }) }, during)).toBe(true);
  });
});

describe("typhoonAlertInForce", () => {
  it.each(["台风橙色预警", "台风蓝色预警", "暴雨红色预警", "Typhoon Signal No. 8", "Rainstorm Warning", "Flash Flood Warning", "Tropical Storm Watch", "风暴潮预警", "城市内涝预警"])(
    "recognises %s as a storm warning",
    (event) => {
      expect(isStormWarning(info({ event }))).toBe(true);
    },
  );

  it("ignores other events, other categories, past and unlikely ones", () => {
    expect(isStormWarning(info({ event: "高温橙色预警" }))).toBe(false);
    expect(isStormWarning(info({ event: "Fire", categories: ["Fire"] }))).toBe(false);
    expect(isStormWarning(info({ event: "Typhoon drill", categories: ["Safety"] }))).toBe(false);
    expect(isStormWarning(info({ urgency: "Past" }))).toBe(false);
    expect(isStormWarning(info({ certainty: "Unlikely" }))).toBe(false);
  });

  it("is true only while a storm warning is in force among the alerts", () => {
    const typhoon = { state: "active" as const, alert: alert() };
    const heat = { state: "active" as const, alert: alert({}, [info({ event: "高温预警" })]) };
    expect(typhoonAlertInForce([heat, typhoon], during)).toBe(true);
    expect(typhoonAlertInForce([heat], during)).toBe(false);
    expect(typhoonAlertInForce([{ ...typhoon, state: "cancelled" }], during)).toBe(false);
    expect(typhoonAlertInForce([typhoon], at("2021-07-27T00:00:00+08:00"))).toBe(false);
  });
});
