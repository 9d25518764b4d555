import { hourOfWeek } from "./hour-of-week";

/**
 * How long a household's quiet spells last, by the hour they start (of a working day or of a weekend): an empirical survival function
 * learned from the household's own spells, forgetting old ones. Hours are not independent — a family out all day or
 * asleep until ten shows it as one long spell from the same start hour, day after day — so the model counts spells,
 * not hours. Plain arrays, so that it is stored as JSON.
 */
export interface QuietSpells {
  /** started[row]: weighted number of spells that started at that hour of a working day (rows 0–23) or weekend day (24–47). */
  started: number[];
  /** lasted[row][i]: weighted number of those that lasted at least SPELL_LENGTHS[i] reported hours. */
  lasted: number[][];
}

/** The lengths counted: every hour up to two days, then coarser up to two weeks. */
export const SPELL_LENGTHS: readonly number[] = [
  ...Array.from({ length: 48 }, (_, index) => index + 1),
  54, 60, 66, 72, 84, 96, 120, 144, 168, 216, 264, 336,
];
/** Forgetting per spell learned into a row: a half-life of 69 spells from that start (months of a daily habit). */
const SPELL_RATE = 0.01;
/** Beyond this length a spell covers most of a day, so its start hour says little more: the tail is pooled over all. */
export const POOLED_TAIL_FROM_HOURS = 12;
/** Neighbouring start hours count half: a habit does not start on the hour. */
const NEIGHBOUR_WEIGHT = 0.5;

/** The other kind of day (working day or weekend) counts this much: weekly routines differ, nights and habits carry over. */
const OTHER_DAY_WEIGHT = 0.3;
/** Rows: the 24 start hours of a working day (Monday–Friday), then those of a weekend day. */
const ROWS = 48;
function rowOf(startHour: number): number {
  return (hourOfWeek(startHour) >= 5 * 24 ? 24 : 0) + (((startHour % 24) + 24) % 24);
}

export function createQuietSpells(): QuietSpells {
  return { started: new Array<number>(ROWS).fill(0), lasted: Array.from({ length: ROWS }, () => new Array<number>(SPELL_LENGTHS.length).fill(0)) };
}

/** The index of the longest counted length not above `hours` (−1 below one hour). */
function lengthIndex(hours: number): number {
  let index = -1;
  while (index + 1 < SPELL_LENGTHS.length && SPELL_LENGTHS[index + 1]! <= hours) index += 1;
  return index;
}

/** Learns one finished spell: `startHour` its first quiet hour (hours since 1970), `length` its reported quiet hours. */
export function learnSpell(spells: QuietSpells, startHour: number, length: number, weight = 1): void {
  const row = rowOf(startHour);
  const keep = 1 - SPELL_RATE;
  spells.started[row] = spells.started[row]! * keep + weight;
  const lasted = spells.lasted[row]!;
  for (let index = 0; index < lasted.length; index += 1) lasted[index] = lasted[index]! * keep + (length >= SPELL_LENGTHS[index]! ? weight : 0);
}

function fromStart(spells: QuietSpells, row: number, index: number): { lasted: number; started: number } {
  let lasted = 0;
  let started = 0;
  const own = row - (row % 24);
  for (const [base, dayWeight] of [[own, 1], [24 - own, OTHER_DAY_WEIGHT]] as const) {
    for (const [offset, weight] of [[-1, NEIGHBOUR_WEIGHT], [0, 1], [1, NEIGHBOUR_WEIGHT]] as const) {
      const hour = base + ((row % 24) + offset + 24) % 24;
      started += dayWeight * weight * spells.started[hour]!;
      lasted += dayWeight * weight * (index < 0 ? spells.started[hour]! : spells.lasted[hour]![index]!);
    }
  }
  return { lasted, started };
}

/** The pseudo-spell every estimate starts from fades over a quarter of a day: beyond the spells seen, doubt fades as the quiet goes on. */
const PSEUDO_SPELL_HOURS = 6;
function pseudoSpellLasts(length: number): number {
  return Math.exp(-length / PSEUDO_SPELL_HOURS);
}

/**
 * How likely a spell that started at `startHour` is to last `length` hours or more on this household's normal days,
 * erring high where the household has shown little: each ratio carries one pseudo-spell (Laplace) whose chance of
 * lasting fades with the length (e^(−length/6 h)), so a spell longer than any seen is improbable once many spells from
 * that hour ended sooner, and more so the longer it goes on. Up to
 * POOLED_TAIL_FROM_HOURS the spells of that start hour are counted; beyond, P(≥ 12 h | start) · P(≥ length | ≥ 12 h)
 * with the second factor pooled over all start hours (a holiday seen once protects the next one, whenever it starts).
 */
export function spellSurvival(spells: QuietSpells, startHour: number, length: number): number {
  const head = fromStart(spells, rowOf(startHour), lengthIndex(Math.min(length, POOLED_TAIL_FROM_HOURS)));
  const headChance = (head.lasted + pseudoSpellLasts(Math.min(length, POOLED_TAIL_FROM_HOURS))) / (head.started + 1);
  if (length <= POOLED_TAIL_FROM_HOURS) return headChance;
  const tailFrom = lengthIndex(POOLED_TAIL_FROM_HOURS);
  const tailTo = lengthIndex(length);
  let reached = 0;
  let lasted = 0;
  for (const row of spells.lasted) {
    reached += row[tailFrom]!;
    lasted += row[tailTo]!;
  }
  const pseudo = pseudoSpellLasts(length) / pseudoSpellLasts(POOLED_TAIL_FROM_HOURS);
  return headChance * ((lasted + pseudo) / (reached + 1));
}
