import { describe, expect, it } from "vitest";
import { mobileEn } from "@/app/m/_i18n/mobile-en";
import { mobileZhCn } from "@/app/m/_i18n/mobile-zh-cn";
import { bearingDegrees, metersBetween } from "@/app/m/_shared/distance";
import { precheckPhoto } from "@/app/m/_shared/upload-photo";
import { amapNavigationUrl } from "@/app/m/_task/map-links";
import { arrivedSinceSignFor, stepsFor } from "@/app/m/_task/task-steps";
import { deadlineLabel } from "@/app/m/_tasks/deadline-text";
import type { HistoryItem } from "@/lib/contracts";

const step = (action: string): HistoryItem => ({ at: "2025-07-01T08:00:00.000Z", actor: "x", action, fromStage: null, toStage: null, detail: {} });

describe("the worker's next step", () => {
  it("is 签收, then 到场 (or 办结 straight away), then 办结", () => {
    expect(stepsFor("dispatched", false)).toEqual({ primary: "sign_for", secondary: null });
    expect(stepsFor("in_progress", false)).toEqual({ primary: "arrive", secondary: "resolve" });
    expect(stepsFor("in_progress", true)).toEqual({ primary: "resolve", secondary: null });
    expect(stepsFor("resolved", true)).toEqual({ primary: null, secondary: null });
  });

  it("counts an arrival only after the latest sign-for", () => {
    expect(arrivedSinceSignFor([step("dispatch"), step("sign_for"), step("arrive")])).toBe(true);
    expect(arrivedSinceSignFor([step("sign_for"), step("arrive"), step("reassign"), step("sign_for")])).toBe(false);
    expect(arrivedSinceSignFor([])).toBe(false);
  });
});

describe("deadlineLabel", () => {
  const now = Date.parse("2025-07-01T08:00:00.000Z");
  const due = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

  it("says how long is left, pressing under a quarter hour, and how late once past", () => {
    expect(deadlineLabel(mobileZhCn, { step: "sign_for", dueAt: due(90) }, false, now)).toEqual({ step: "签收", text: "1 小时 30 分内", tone: "ok" });
    expect(deadlineLabel(mobileZhCn, { step: "arrive", dueAt: due(8) }, false, now)).toEqual({ step: "到场", text: "8 分钟内", tone: "soon" });
    expect(deadlineLabel(mobileEn, { step: "resolve", dueAt: due(-12) }, true, now)).toEqual({ step: "Resolve", text: "12 min late", tone: "late" });
    expect(deadlineLabel(mobileZhCn, null, true, now)).toEqual({ step: null, text: "超期", tone: "late" });
    expect(deadlineLabel(mobileZhCn, null, false, now)).toBeNull();
  });
});

describe("phone-side helpers", () => {
  it("measures distance and compass bearing", () => {
    const a = { lat: 31.2, lng: 121.47 };
    expect(metersBetween(a, { lat: 31.201, lng: 121.47 })).toBeCloseTo(111.2, 0);
    expect(bearingDegrees(a, { lat: 31.21, lng: 121.47 })).toBeCloseTo(0, 1);
    expect(bearingDegrees(a, { lat: 31.2, lng: 121.48 })).toBeCloseTo(90, 0);
    expect(bearingDegrees(a, { lat: 31.19, lng: 121.47 })).toBeCloseTo(180, 1);
  });

  it("stops a photo the server would refuse before sending it, but lets an unlabelled file through to be sniffed", () => {
    const file = (size: number, type: string) => new File([new Uint8Array(size)], "p", { type });
    expect(precheckPhoto(file(10, "image/jpeg"), 10)).toBeNull();
    expect(precheckPhoto(file(11, "image/jpeg"), 10)).toBe("too_large");
    expect(precheckPhoto(file(5, "image/heic"), 10)).toBe("wrong_type");
    expect(precheckPhoto(file(5, ""), 10)).toBeNull();
  });

  it("hands navigation to Amap with WGS-84 coordinates, longitude first", () => {
    const url = new URL(amapNavigationUrl(31.2, 121.47, "垃圾堆积"));
    expect(url.searchParams.get("to")).toBe("121.47,31.2,垃圾堆积");
    expect(url.searchParams.get("coordinate")).toBe("wgs84");
  });
});
