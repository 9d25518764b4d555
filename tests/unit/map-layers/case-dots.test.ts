import { describe, expect, it } from "vitest";
import { CaseDots, type CaseDotsData } from "@/app/_map/case-dots";
import { caseRadius, drawRank } from "@/app/_map/case-points";
import { caseOutline, overdueOutline, overdueOutlineWidth } from "@/app/_map/cases-layer";
import { stageColors } from "@/app/_map/stage-colors";
import { aCase } from "../live/live-fixtures";

const rowsOf = ({ length }: CaseDotsData) => Array.from({ length }, (_, row) => row);
const drawn = (data: CaseDotsData) => rowsOf(data).flatMap((row) => data.dots.dotAt(row) ?? []);
const rowOf = (data: CaseDotsData, id: string) => rowsOf(data).find((row) => data.dots.idAt(row) === id)!;

/** Every row some range covers. */
function rowsIn(ranges: readonly { startRow: number; endRow: number }[] | null): Set<number> {
  return new Set((ranges ?? []).flatMap(({ startRow, endRow }) => Array.from({ length: endRow - startRow }, (_, i) => startRow + i)));
}

describe("CaseDots", () => {
  it("draws no dot for a case not yet placed, and its dot once it is placed", () => {
    const dots = new CaseDots();
    const unplaced = aCase("p", { lat: null, lng: null, gridCell: null });
    dots.update(undefined, unplaced);
    expect(drawn(dots.publish())).toEqual([]);
    dots.update(unplaced, aCase("p", { lat: 31.2, lng: 121.4, version: 2 }));
    expect(drawn(dots.publish()).map(({ id, lat }) => [id, lat])).toEqual([["p", Math.fround(31.2)]]);
  });

  it("writes each case's dot into a row of its draw rank's region, later ranks in later rows", () => {
    const dots = new CaseDots();
    const urgent = aCase("u", { priority: "urgent", stage: "dispatched", lng: 121.5, lat: 31.25 });
    const late = aCase("late", { priority: "low", overdue: true });
    dots.update(undefined, urgent);
    dots.update(undefined, late);
    dots.update(undefined, aCase("hidden", { stage: "merged" }));
    const [first, second, more] = drawn(dots.publish());
    expect(more).toBeUndefined();
    expect(first).toEqual({
      id: "u",
      rank: drawRank(urgent),
      lng: Math.fround(121.5),
      lat: Math.fround(31.25),
      radius: caseRadius("urgent"),
      lineWidth: 1,
      fillColor: [...stageColors.dispatched, 235],
      lineColor: caseOutline,
    });
    expect(second).toMatchObject({ id: "late", rank: drawRank(late), radius: caseRadius("low"), lineWidth: overdueOutlineWidth, lineColor: overdueOutline });
  });

  it("moves a dot to its new rank's region, fills the hole with the region's last dot and blanks the row left over", () => {
    const dots = new CaseDots();
    const cases = ["a", "b", "c"].map((id, i) => aCase(id, { lng: 121 + i }));
    for (const summary of cases) dots.update(undefined, summary);
    const before = dots.publish();
    const lastRow = rowOf(before, "c");
    const closed = { ...cases[0]!, stage: "closed" as const, version: 2 };
    dots.update(cases[0], closed);
    dots.update(cases[2], aCase("c", { lng: 125, version: 2 }));
    const data = dots.publish();
    expect(drawn(data).map(({ id, rank, lng }) => [id, rank, lng])).toEqual([
      ["a", drawRank(closed), 121],
      ["c", drawRank(cases[0]!), 125],
      ["b", drawRank(cases[0]!), 122],
    ]);
    expect(data.dots.idAt(lastRow)).toBeUndefined();
    expect(Array.from(data.dots.rowBytes(lastRow, lastRow + 1)).every((byte) => byte === 0)).toBe(true);
  });

  it("publishes new data only after a change, and tells which rows changed since any recent publish", () => {
    const dots = new CaseDots();
    const cases = Array.from({ length: 40 }, (_, i) => aCase(`c${i}`));
    for (const summary of cases) dots.update(undefined, summary);
    const first = dots.publish();
    expect(dots.publish()).toBe(first);

    dots.update(cases[3], aCase("c3", { stage: "accepted", version: 2 }));
    const second = dots.publish();
    expect(second).not.toBe(first);
    expect(rowsIn(dots.changedSince(first.version))).toEqual(new Set([rowOf(first, "c3")]));

    dots.update(cases[5], aCase("c5", { lat: 31.3, version: 2 }));
    const third = dots.publish();
    expect(rowsIn(dots.changedSince(second.version))).toEqual(new Set([rowOf(first, "c5")]));
    expect(rowsIn(dots.changedSince(first.version))).toEqual(new Set([rowOf(first, "c3"), rowOf(first, "c5")]));
    expect(dots.changedSince(third.version)).toEqual([]);
  });

  it("asks for everything after its regions were laid out again, or since a publish it no longer remembers", () => {
    const dots = new CaseDots();
    dots.update(undefined, aCase("first"));
    const first = dots.publish();
    for (let i = 0; i < 100; i++) dots.update(undefined, aCase(`more${i}`));
    const grown = dots.publish();
    expect(grown.length).toBeGreaterThan(first.length);
    expect(dots.changedSince(first.version)).toBeNull();

    for (let version = 0; version < 20; version++) {
      dots.update(undefined, aCase(`late${version}`, { priority: "urgent" }));
      dots.publish();
    }
    expect(dots.changedSince(grown.version)).toBeNull();
  });

  it("keeps every dot through growth and forgets removed cases", () => {
    const dots = new CaseDots();
    const many = Array.from({ length: 500 }, (_, i) => aCase(`c${i}`, { lng: 120 + i / 1000 }));
    for (const summary of many) dots.update(undefined, summary);
    for (const summary of many.slice(0, 100)) dots.update(summary, undefined);
    const shown = drawn(dots.publish());
    expect(shown).toHaveLength(400);
    expect(shown.map(({ id, lng }) => [id, lng])).toEqual(expect.arrayContaining(many.slice(100).map((summary) => [summary.id, Math.fround(summary.lng!)])));
  });
});
