import { describe, expect, it } from "vitest";
import { createQuietSpells, learnSpell, spellSurvival } from "@/lib/domain/care/quiet-spells";

const MONDAY = 4 * 24; // 1970-01-05 00:00
const day = (index: number, hourOfDay: number): number => MONDAY + index * 24 + hourOfDay;

describe("quiet spells", () => {
  it("learns how long spells from each start hour last: a family out all day from eight is normal at six in the evening", () => {
    const spells = createQuietSpells();
    for (let index = 0; index < 120; index += 1) {
      learnSpell(spells, day(index, 8), 10); // out 08:00–18:00
      learnSpell(spells, day(index, 23), 7); // asleep 23:00–06:00
    }
    expect(spellSurvival(spells, day(200, 8), 9)).toBeGreaterThan(0.9);
    expect(spellSurvival(spells, day(200, 23), 9)).toBeLessThan(0.02);
    expect(spellSurvival(spells, day(200, 8), 14)).toBeLessThan(0.02);
  });

  it("errs towards normal where the household has shown little, and doubts less as the quiet goes on", () => {
    const young = createQuietSpells();
    const known = createQuietSpells();
    for (let index = 0; index < 3; index += 1) learnSpell(young, day(index, 8), 3);
    for (let index = 0; index < 100; index += 1) learnSpell(known, day(index, 8), 3);
    expect(spellSurvival(young, day(110, 8), 10)).toBeGreaterThan(10 * spellSurvival(known, day(110, 8), 10));
    expect(spellSurvival(young, day(110, 8), 10)).toBeGreaterThan(0.05);
    expect(spellSurvival(young, day(110, 8), 40)).toBeLessThan(spellSurvival(young, day(110, 8), 20));
  });

  it("lets a holiday seen once protect the next one, whenever it starts", () => {
    const regular = createQuietSpells();
    const travels = createQuietSpells();
    for (let index = 0; index < 120; index += 1) {
      for (const spells of [regular, travels]) {
        learnSpell(spells, day(index, 8), 3);
        learnSpell(spells, day(index, 22), index % 6 === 0 ? 14 : 9);
      }
    }
    learnSpell(travels, day(121, 14), 100);
    expect(spellSurvival(travels, day(130, 8), 48)).toBeGreaterThan(1.8 * spellSurvival(regular, day(130, 8), 48));
    expect(spellSurvival(travels, day(130, 8), 48)).toBeCloseTo(spellSurvival(travels, day(130, 8), 96));
  });

  it("tells a working day's routine from the weekend's", () => {
    const spells = createQuietSpells();
    for (let week = 0; week < 30; week += 1) {
      for (let weekday = 0; weekday < 7; weekday += 1) learnSpell(spells, day(week * 7 + weekday, 8), weekday < 5 ? 10 : 2);
    }
    expect(spellSurvival(spells, day(301, 8), 9)).toBeGreaterThan(0.7); // a Monday
    expect(spellSurvival(spells, day(306, 8), 9)).toBeLessThan(0.4); // a Saturday
  });

  it("survives a JSON round trip unchanged", () => {
    const spells = createQuietSpells();
    learnSpell(spells, day(0, 8), 5);
    expect(JSON.parse(JSON.stringify(spells))).toEqual(spells);
  });
});
