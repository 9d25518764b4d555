import { describe, expect, it } from "vitest";
import { isAnnouncedAbsent } from "@/lib/domain/care/absence";
import {
  DEFAULT_CARE_ALERT_OPTIONS,
  decideCareHour,
  INITIAL_CARE_WATCH_STATE,
  type CareHour,
  type CareOutcome,
} from "@/lib/domain/care/decide-care-hour";
import { nextMeterSilence } from "@/lib/domain/care/meter-silence";
import { createQuietSpells, learnSpell, type QuietSpells } from "@/lib/domain/care/quiet-spells";

const MONDAY = 4 * 24; // 1970-01-05 00:00
const OPTIONS = { ...DEFAULT_CARE_ALERT_OPTIONS, alertBelow: 0.01 };

/** 150 days of a resident who sleeps from 23:00 for `sleepHours`, and is quiet for 3 hours from 14:00. */
function habits(sleepHours: number): QuietSpells {
  const spells = createQuietSpells();
  for (let day = 0; day < 150; day += 1) {
    learnSpell(spells, MONDAY + day * 24 + 23, sleepHours);
    learnSpell(spells, MONDAY + day * 24 + 14, 3);
  }
  return spells;
}

/** Runs hours from `from` on; `hours[i]` overrides the reported-quiet default for hour from + i. */
function run(spells: QuietSpells, from: number, hours: Partial<CareHour>[], heldLoads = createQuietSpells()): CareOutcome[] {
  let state = INITIAL_CARE_WATCH_STATE;
  return hours.map((override, index) => {
    const hour: CareHour = { hour: from + index, reported: true, active: false, raisedKwh: null, absent: false, mayAlert: true, ...override };
    const decided = decideCareHour(state, hour, spells, heldLoads, OPTIONS);
    state = decided.state;
    return decided.outcome;
  });
}
const quietFor = (hours: number, extra: Partial<CareHour> = {}): Partial<CareHour>[] => Array.from({ length: hours }, () => extra);
const NIGHT = MONDAY + 200 * 24 + 23;

describe("care alert decision", () => {
  it("does not alarm at nine for a resident who always sleeps until ten", () => {
    expect(run(habits(11), NIGHT, quietFor(10))).not.toContain("alert");
  });

  it("alerts once when a resident who is always up by six stays quiet well past it", () => {
    const outcomes = run(habits(7), NIGHT, quietFor(16));
    expect(outcomes.filter((outcome) => outcome === "alert")).toHaveLength(1);
    expect(outcomes.indexOf("alert")).toBeGreaterThanOrEqual(7);
    expect(outcomes.indexOf("alert")).toBeLessThan(10);
  });

  it("alerts at a real stop in the afternoon, after the minimum silence", () => {
    const outcomes = run(habits(7), MONDAY + 200 * 24 + 14, quietFor(8));
    expect(outcomes.indexOf("alert")).toBe(DEFAULT_CARE_ALERT_OPTIONS.minQuietHours - 1);
  });

  it("stays silent while the watch is still learning", () => {
    expect(run(habits(7), NIGHT, quietFor(30, { mayAlert: false }))).not.toContain("alert");
  });

  it("does not alarm during an announced absence, and watches afresh after it", () => {
    const outcomes = run(habits(7), NIGHT, [...quietFor(48, { absent: true }), ...quietFor(3)]);
    expect(outcomes).toEqual([...Array(48).fill("absent"), "quiet", "quiet", "quiet"]);
    expect(isAnnouncedAbsent([{ fromHour: 10, untilHour: 20 }], 19)).toBe(true);
    expect(isAnnouncedAbsent([{ fromHour: 10, untilHour: 20 }], 20)).toBe(false);
  });

  it("reports a meter that stops sending as a fault, not as a resident in danger", () => {
    const outcomes = run(habits(7), NIGHT, quietFor(30, { reported: false }));
    expect(outcomes).not.toContain("alert");
    expect(outcomes.filter((outcome) => outcome === "meter-fault")).toHaveLength(1);
    expect(nextMeterSilence(11, false, 12)).toEqual({ hoursWithoutReading: 12, fault: true });
    expect(nextMeterSilence(11, true, 12)).toEqual({ hoursWithoutReading: 0, fault: false });
  });

  it("starts over when someone uses water again, and hands the spell that ended over to be learned", () => {
    const spells = habits(7);
    const outcomes = run(spells, NIGHT, [...quietFor(6), { active: true }, ...quietFor(6)]);
    expect(outcomes).not.toContain("alert");
    const ended = decideCareHour(
      { ...INITIAL_CARE_WATCH_STATE, spellStartHour: NIGHT, quietHours: 6 },
      { hour: NIGHT + 6, reported: true, active: true, raisedKwh: null, absent: false, mayAlert: true },
      spells,
      createQuietSpells(),
      OPTIONS,
    );
    expect(ended.endedSpell).toEqual({ startHour: NIGHT, length: 6, confirmedNormal: false });
  });

  describe("a load held through the quiet", () => {
    /** 150 days of held loads as the watch learns them: each hour watched, the load held from it (`lengthFrom` by hour of the day) or 0. */
    function heldLoadsOf(lengthFrom: (hourOfDay: number, day: number) => number): QuietSpells {
      const heldLoads = createQuietSpells();
      for (let hour = MONDAY; hour < MONDAY + 150 * 24; ) {
        const length = lengthFrom(hour % 24, Math.floor((hour - MONDAY) / 24));
        learnSpell(heldLoads, hour, length);
        hour += Math.max(1, length);
      }
      return heldLoads;
    }
    /** Someone often out all afternoon (quiet from 14:00 for 3 or 10 hours), whose loads stay on an hour or two at most. */
    function outAfternoons(): { spells: QuietSpells; heldLoads: QuietSpells } {
      const spells = createQuietSpells();
      for (let day = 0; day < 150; day += 1) {
        learnSpell(spells, MONDAY + day * 24 + 14, day % 2 === 0 ? 10 : 3);
        learnSpell(spells, MONDAY + day * 24 + 23, 7);
      }
      return { spells, heldLoads: heldLoadsOf((hourOfDay, day) => ([9, 14, 20].includes(hourOfDay) ? 1 + (day % 2) : 0)) };
    }
    const AFTERNOON = MONDAY + 200 * 24 + 14;

    it("alerts within hours when a television stays on, unchanged, where water alone says 'out for the afternoon'", () => {
      const { spells, heldLoads } = outAfternoons();
      expect(run(spells, AFTERNOON, quietFor(9), heldLoads)).not.toContain("alert");
      const outcomes = run(spells, AFTERNOON, quietFor(9, { raisedKwh: 0.25 }), heldLoads);
      expect(outcomes.filter((outcome) => outcome === "alert")).toHaveLength(1);
      expect(outcomes.indexOf("alert")).toBeLessThan(6);
    });

    it("does not count a load that keeps changing as held", () => {
      const { spells, heldLoads } = outAfternoons();
      const changing = Array.from({ length: 9 }, (_, index) => ({ raisedKwh: index % 2 === 0 ? 0.2 : 0.26 }));
      expect(run(spells, AFTERNOON, changing, heldLoads)).not.toContain("alert");
    });

    it("does not alarm on a lamp left on every night until seven, and hands each held load over to be learned", () => {
      const spells = habits(8);
      const heldLoads = heldLoadsOf((hourOfDay) => (hourOfDay === 23 ? 8 : 0));
      expect(run(spells, NIGHT, quietFor(8, { raisedKwh: 0.12 }), heldLoads)).not.toContain("alert");
      const ended = decideCareHour(
        { ...INITIAL_CARE_WATCH_STATE, spellStartHour: NIGHT, quietHours: 8, heldSinceHour: NIGHT, heldHours: 8, heldKwh: 0.12 },
        { hour: NIGHT + 8, reported: true, active: false, raisedKwh: null, absent: false, mayAlert: true },
        spells,
        heldLoads,
        OPTIONS,
      );
      expect(ended.heldLoadsEnded).toEqual([
        { startHour: NIGHT, length: 8, confirmedNormal: false },
        { startHour: NIGHT + 8, length: 0, confirmedNormal: false },
      ]);
      expect(ended.state.quietHours).toBe(9);
    });
  });
});
