import { describe, expect, it } from "vitest";
import { CasePointBands, type CasePointBand } from "@/app/_map/case-point-bands";
import { drawRank } from "@/app/_map/case-points";
import { stageColors } from "@/app/_map/stage-colors";
import type { CaseSummary } from "@/lib/contracts";
import { aCase } from "../live/live-fixtures";

/** Every point as [id, lng, lat, red], by band rank. */
function pointsOf(bands: readonly CasePointBand[]) {
  return bands.map((band) => {
    const { getPosition, getFillColor } = band.data.attributes;
    return Array.from({ length: band.data.length }, (_, i) => [band.ids[i], getPosition.value[2 * i], getPosition.value[2 * i + 1], getFillColor.value[4 * i]]);
  });
}

describe("CasePointBands", () => {
  it("writes each case's position and stage colour into the band of its draw rank", () => {
    const bands = new CasePointBands();
    const urgent = aCase("u", { priority: "urgent", stage: "dispatched", lng: 121.5, lat: 31.25 });
    bands.update(undefined, urgent);
    bands.update(undefined, aCase("hidden", { stage: "merged" }));
    const published = bands.publish();
    expect(pointsOf(published)[drawRank(urgent)!]).toEqual([["u", 121.5, 31.25, stageColors.dispatched[0]]]);
    expect(published.reduce((sum, band) => sum + band.data.length, 0)).toBe(1);
  });

  it("moves a case to another band when its rank changes, filling the hole with the band's last point", () => {
    const bands = new CasePointBands();
    const cases = ["a", "b", "c"].map((id, i) => aCase(id, { lng: 121 + i }));
    for (const summary of cases) bands.update(undefined, summary);
    const rank = drawRank(cases[0]!)!;
    bands.update(cases[0], aCase("a", { stage: "closed", version: 2 }));
    bands.update(cases[2], aCase("c", { lng: 125, version: 2 }));
    const points = pointsOf(bands.publish());
    expect(points[rank]?.map(([id, lng]) => [id, lng])).toEqual([
      ["c", 125],
      ["b", 122],
    ]);
    expect(points[drawRank(aCase("a", { stage: "closed" }))!]?.map(([id]) => id)).toEqual(["a"]);
  });

  it("hands deck.gl new data only for the bands that changed", () => {
    const bands = new CasePointBands();
    bands.update(undefined, aCase("low", { priority: "low" }));
    bands.update(undefined, aCase("urgent", { priority: "urgent" }));
    const first = bands.publish();
    expect(bands.publish()).toBe(first);
    const urgent: CaseSummary = aCase("urgent", { priority: "urgent" });
    bands.update(urgent, { ...urgent, lat: 31.3, version: 2 });
    const second = bands.publish();
    const lowRank = drawRank(aCase("low", { priority: "low" }))!;
    const urgentRank = drawRank(urgent)!;
    expect(second[lowRank]).toBe(first[lowRank]);
    expect(second[urgentRank]?.data).not.toBe(first[urgentRank]?.data);
    expect(second[urgentRank]?.data.attributes.getPosition).not.toBe(first[urgentRank]?.data.attributes.getPosition);
  });

  it("hands over a band's positions again only when a point moved, came or went", () => {
    const bands = new CasePointBands();
    const reported = aCase("a", { stage: "reported" });
    bands.update(undefined, reported);
    bands.update(undefined, aCase("b", { stage: "reported" }));
    const rank = drawRank(reported)!;
    const before = bands.publish()[rank]!.data.attributes;
    bands.update(reported, aCase("a", { stage: "accepted", version: 2 }));
    const after = bands.publish()[rank]!.data.attributes;
    expect(after.getPosition).toBe(before.getPosition);
    expect(after.getFillColor).not.toBe(before.getFillColor);
    expect(after.getFillColor.value[0]).toBe(stageColors.accepted[0]);
  });

  it("grows past its first capacity and forgets removed cases", () => {
    const bands = new CasePointBands();
    const many = Array.from({ length: 500 }, (_, i) => aCase(`c${i}`, { lng: 120 + i / 1000 }));
    for (const summary of many) bands.update(undefined, summary);
    for (const summary of many.slice(0, 100)) bands.update(summary, undefined);
    const band = bands.publish()[drawRank(many[0]!)!]!;
    expect(band.data.length).toBe(400);
    expect(new Set(band.ids)).toEqual(new Set(many.slice(100).map((summary) => summary.id)));
    const lngs = pointsOf([band])[0]!.map(([, lng]) => lng);
    expect(lngs).toEqual(band.ids.map((id) => Math.fround(120 + Number(id.slice(1)) / 1000)));
  });
});
