import type { CaseSummary, Priority } from "@/lib/contracts";
import { caseFillColor, drawRank, drawRankCount } from "./case-points";

const rankPriorities: readonly Priority[] = ["low", "normal", "high", "urgent"];

/**
 * The dots of one draw rank as columns deck.gl takes as they are (`data: {length, attributes}`):
 * no accessor runs per point. The arrays are reused: a band is valid until the next change is applied.
 */
export interface CasePointBand {
  readonly rank: number;
  readonly priority: Priority;
  /** The case behind each point, to tell which one was picked. */
  readonly ids: readonly string[];
  readonly data: {
    readonly length: number;
    readonly attributes: {
      readonly getPosition: { readonly value: Float32Array; readonly size: 2 };
      readonly getFillColor: { readonly value: Uint8Array; readonly size: 4; readonly normalized: true };
    };
  };
}

/**
 * Every case's dot, kept in one band per draw rank so that urgent open cases are drawn over the rest
 * without sorting. A change writes one point (or moves it to another band: the band's last point fills
 * the hole), and only the bands it touched are handed to deck.gl again, and of those only the columns
 * that changed (a case moving to another stage in place changes its colour, not its position).
 */
export class CasePointBands {
  private readonly bands = Array.from({ length: drawRankCount }, (_, rank) => new Band(rank));
  /** Band and slot of each case's point, as rank * 2^24 + slot. */
  private readonly placed = new Map<string, number>();
  private published: readonly CasePointBand[] = [];

  update(previous: CaseSummary | undefined, next: CaseSummary | undefined): void {
    const id = (next ?? previous)?.id;
    if (id === undefined) return;
    const place = this.placed.get(id);
    const rank = next ? drawRank(next) : null;
    if (place !== undefined && Math.floor(place / slotSpan) !== rank) {
      this.remove(place);
      this.placed.delete(id);
    }
    if (next === undefined || rank === null) return;
    const band = this.bands[rank]!;
    const current = this.placed.get(id);
    if (current === undefined) this.placed.set(id, rank * slotSpan + band.append(next));
    else band.write(current % slotSpan, next);
  }

  clear(): void {
    for (const band of this.bands) band.clear();
    this.placed.clear();
  }

  /** The bands in draw order; the same array, and the same band objects, for whatever did not change. */
  publish(): readonly CasePointBand[] {
    if (this.published.length > 0 && !this.bands.some((band) => band.changed())) return this.published;
    this.published = this.bands.map((band) => band.publish());
    return this.published;
  }

  private remove(place: number): void {
    const band = this.bands[Math.floor(place / slotSpan)]!;
    const slot = place % slotSpan;
    const moved = band.removeAt(slot);
    if (moved !== undefined) this.placed.set(moved, band.rank * slotSpan + slot);
  }
}

const slotSpan = 2 ** 24;

class Band {
  readonly priority: Priority;
  private ids: string[] = [];
  private positions = new Float32Array(2 * 64);
  private colors = new Uint8Array(4 * 64);
  private positionsChanged = true;
  private colorsChanged = true;
  private snapshot: CasePointBand | null = null;

  constructor(readonly rank: number) {
    this.priority = rankPriorities[rank % rankPriorities.length]!;
  }

  changed(): boolean {
    return this.positionsChanged || this.colorsChanged;
  }

  append(summary: CaseSummary): number {
    const slot = this.ids.length;
    if (slot === this.positions.length / 2) this.grow();
    this.ids.push(summary.id);
    this.write(slot, summary);
    this.positionsChanged = true;
    return slot;
  }

  write(slot: number, summary: CaseSummary): void {
    const lng = Math.fround(summary.lng);
    const lat = Math.fround(summary.lat);
    if (this.positions[2 * slot] !== lng || this.positions[2 * slot + 1] !== lat) {
      this.positions[2 * slot] = lng;
      this.positions[2 * slot + 1] = lat;
      this.positionsChanged = true;
    }
    this.colors.set(caseFillColor(summary), 4 * slot);
    this.colorsChanged = true;
  }

  /** Empties `slot` by moving the last point into it; returns the id of the case moved, if any. */
  removeAt(slot: number): string | undefined {
    const last = this.ids.length - 1;
    const lastId = this.ids.pop()!;
    this.positionsChanged = true;
    this.colorsChanged = true;
    if (slot === last) return undefined;
    this.ids[slot] = lastId;
    this.positions.copyWithin(2 * slot, 2 * last, 2 * last + 2);
    this.colors.copyWithin(4 * slot, 4 * last, 4 * last + 4);
    return lastId;
  }

  clear(): void {
    this.ids = [];
    this.positionsChanged = true;
    this.colorsChanged = true;
  }

  publish(): CasePointBand {
    const last = this.snapshot;
    if (last && !this.changed()) return last;
    const length = this.ids.length;
    // A new attribute object makes deck.gl upload that column again; an unchanged one is left on the GPU.
    const getPosition =
      last && !this.positionsChanged ? last.data.attributes.getPosition : { value: this.positions.subarray(0, 2 * length), size: 2 as const };
    const getFillColor =
      last && !this.colorsChanged
        ? last.data.attributes.getFillColor
        : { value: this.colors.subarray(0, 4 * length), size: 4 as const, normalized: true as const };
    this.snapshot = { rank: this.rank, priority: this.priority, ids: this.ids, data: { length, attributes: { getPosition, getFillColor } } };
    this.positionsChanged = false;
    this.colorsChanged = false;
    return this.snapshot;
  }

  private grow(): void {
    const positions = new Float32Array(this.positions.length * 2);
    positions.set(this.positions);
    this.positions = positions;
    const colors = new Uint8Array(this.colors.length * 2);
    colors.set(this.colors);
    this.colors = colors;
  }
}
