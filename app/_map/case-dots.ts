import { isPlaced, type CaseSummary, type Placed } from "@/lib/contracts";
import { caseFillColor, caseRadius, drawRank, drawRankCount, isOverdueRank, rankPriority } from "./case-points";
import { caseOutline, overdueOutline, overdueOutlineWidth } from "./cases-layer";

/**
 * One dot as the GPU reads it, 24 bytes: longitude, latitude, radius and outline width as float32,
 * then fill and outline colour as RGBA bytes. A row of zeros draws nothing.
 */
export const rowBytes = 24;
export const rowLayout = { position: 0, radius: 8, lineWidth: 12, fillColor: 16, lineColor: 20 } as const;
const floatsPerRow = rowBytes / 4;

const firstCapacity = 64;
/** How many past publishes can still be told apart as row ranges; an older one gets a full upload. */
const keptHistory = 16;
/** Changed rows this close together are uploaded as one range: a few kilobytes more cost less than another call. */
const rangeGap = 128;

/** Rows [startRow, endRow) of the dots that changed. */
export interface RowRange {
  startRow: number;
  endRow: number;
}

/** A publish of the dots: a new object whenever a dot changed. */
export interface CaseDotsData {
  /** Rows, including the unused rows of each region (drawn as nothing). */
  readonly length: number;
  readonly version: number;
  readonly dots: CaseDots;
}

/** A dot as it is drawn, for tests and for picking. */
export interface DrawnDot {
  id: string;
  rank: number;
  lng: number;
  lat: number;
  radius: number;
  lineWidth: number;
  fillColor: number[];
  lineColor: number[];
}

/**
 * Every case's dot, in one set of rows that deck.gl draws in a single call: a region of rows per draw
 * rank, in drawing order, so urgent open cases are drawn over the rest without sorting. A change
 * writes one row (or moves the dot to its new rank's region: the region's last dot fills the hole),
 * and `changedSince` tells which rows to upload again. A region that fills up makes every region
 * roomier, after which everything is uploaded once.
 */
export class CaseDots {
  private bytes = new Uint8Array(0);
  private floats = new Float32Array(0);
  /** The draw rank of each row's dot; meaningful only where `ids` has one. */
  private ranks = new Uint8Array(0);
  private ids: (string | null)[] = [];
  private readonly regionStart = new Int32Array(drawRankCount + 1);
  private readonly counts = new Int32Array(drawRankCount);
  private readonly rowOf = new Map<string, number>();
  private changedRows: number[] = [];
  private layoutChanged = true;
  private version = 0;
  /** Per publish since the oldest kept: the rows it changed, or null for all of them. */
  private history: { version: number; ranges: RowRange[] | null }[] = [];
  private published: CaseDotsData | null = null;

  update(previous: CaseSummary | undefined, next: CaseSummary | undefined): void {
    const id = (next ?? previous)?.id;
    if (id === undefined) return;
    const row = this.rowOf.get(id);
    // A case not yet placed has no dot, until it is placed.
    const drawn = next && isPlaced(next) ? next : undefined;
    const rank = drawn ? drawRank(drawn) : null;
    if (row !== undefined && this.ranks[row] !== rank) this.remove(id, row);
    if (drawn === undefined || rank === null) return;
    this.write(this.rowOf.get(id) ?? this.append(id, rank), rank, drawn);
  }

  clear(): void {
    this.counts.fill(0);
    this.bytes.fill(0);
    this.ids.fill(null);
    this.rowOf.clear();
    this.layoutChanged = true;
  }

  /** The same object until a dot changes. */
  publish(): CaseDotsData {
    if (this.published && !this.layoutChanged && this.changedRows.length === 0) return this.published;
    this.version += 1;
    this.history.push({ version: this.version, ranges: this.layoutChanged ? null : toRanges(this.changedRows) });
    if (this.history.length > keptHistory) this.history.shift();
    this.changedRows = [];
    this.layoutChanged = false;
    this.published = { length: this.ids.length, version: this.version, dots: this };
    return this.published;
  }

  /** The rows changed after publish `version`, or null when that is no longer known (then all of them). */
  changedSince(version: number): RowRange[] | null {
    if (version === this.version) return [];
    const since = this.history.filter((entry) => entry.version > version);
    if (since[0]?.version !== version + 1) return null;
    const ranges: RowRange[] = [];
    for (const entry of since) {
      if (entry.ranges === null) return null;
      ranges.push(...entry.ranges);
    }
    return ranges;
  }

  /** Rows [start, end) as the GPU takes them; valid until the next change. */
  rowBytes(start: number, end: number): Uint8Array {
    return this.bytes.subarray(start * rowBytes, end * rowBytes);
  }

  /** The case whose dot is in `row`, if any. */
  idAt(row: number): string | undefined {
    return this.ids[row] ?? undefined;
  }

  dotAt(row: number): DrawnDot | undefined {
    const id = this.idAt(row);
    if (id === undefined) return undefined;
    const floats = this.floats.subarray(row * floatsPerRow, (row + 1) * floatsPerRow);
    const color = (offset: number) => Array.from(this.bytes.subarray(row * rowBytes + offset, row * rowBytes + offset + 4));
    return {
      id,
      rank: this.ranks[row]!,
      lng: floats[0]!,
      lat: floats[1]!,
      radius: floats[2]!,
      lineWidth: floats[3]!,
      fillColor: color(rowLayout.fillColor),
      lineColor: color(rowLayout.lineColor),
    };
  }

  private write(row: number, rank: number, summary: CaseSummary & Placed): void {
    const at = row * floatsPerRow;
    const overdue = isOverdueRank(rank);
    this.floats[at] = summary.lng;
    this.floats[at + 1] = summary.lat;
    this.floats[at + 2] = caseRadius(rankPriority(rank));
    this.floats[at + 3] = overdue ? overdueOutlineWidth : 1;
    this.bytes.set(caseFillColor(summary), row * rowBytes + rowLayout.fillColor);
    this.bytes.set(overdue ? overdueOutline : caseOutline, row * rowBytes + rowLayout.lineColor);
    this.changedRows.push(row);
  }

  private append(id: string, rank: number): number {
    if (this.counts[rank] === this.regionStart[rank + 1]! - this.regionStart[rank]!) this.grow(rank);
    const row = this.regionStart[rank]! + this.counts[rank]!;
    this.counts[rank] = this.counts[rank]! + 1;
    this.ranks[row] = rank;
    this.ids[row] = id;
    this.rowOf.set(id, row);
    return row;
  }

  /** Empties `row` by moving its region's last dot into it, and blanks the region's last row. */
  private remove(id: string, row: number): void {
    const rank = this.ranks[row]!;
    const last = this.regionStart[rank]! + this.counts[rank]! - 1;
    if (row !== last) {
      this.bytes.copyWithin(row * rowBytes, last * rowBytes, (last + 1) * rowBytes);
      const moved = this.ids[last]!;
      this.ids[row] = moved;
      this.rowOf.set(moved, row);
    }
    this.counts[rank] = this.counts[rank]! - 1;
    this.bytes.fill(0, last * rowBytes, (last + 1) * rowBytes);
    this.ids[last] = null;
    this.rowOf.delete(id);
    this.changedRows.push(row, last);
  }

  /** Lays the regions out again with room to spare: twice the dots for the full one, half as many again for the rest. */
  private grow(fullRank: number): void {
    const regionStart = new Int32Array(drawRankCount + 1);
    for (let rank = 0; rank < drawRankCount; rank++) {
      const count = this.counts[rank]!;
      const capacity = Math.max(
        firstCapacity,
        rank === fullRank ? 2 * count : Math.ceil(1.5 * count),
        this.regionStart[rank + 1]! - this.regionStart[rank]!,
      );
      regionStart[rank + 1] = regionStart[rank]! + capacity;
    }
    const rows = regionStart[drawRankCount]!;
    const bytes = new Uint8Array(rows * rowBytes);
    const ranks = new Uint8Array(rows);
    const ids = new Array<string | null>(rows).fill(null);
    for (let rank = 0; rank < drawRankCount; rank++) {
      const from = this.regionStart[rank]!;
      const to = regionStart[rank]!;
      const count = this.counts[rank]!;
      bytes.set(this.bytes.subarray(from * rowBytes, (from + count) * rowBytes), to * rowBytes);
      ranks.fill(rank, to, to + count);
      for (let i = 0; i < count; i++) {
        const id = this.ids[from + i]!;
        ids[to + i] = id;
        this.rowOf.set(id, to + i);
      }
    }
    this.bytes = bytes;
    this.floats = new Float32Array(bytes.buffer);
    this.ranks = ranks;
    this.ids = ids;
    this.regionStart.set(regionStart);
    this.layoutChanged = true;
  }
}

/** Sorted, merged row ranges covering `rows`. */
function toRanges(rows: number[]): RowRange[] {
  rows.sort((a, b) => a - b);
  const ranges: RowRange[] = [];
  for (const row of rows) {
    const last = ranges.at(-1);
    if (last && row <= last.endRow + rangeGap) last.endRow = Math.max(last.endRow, row + 1);
    else ranges.push({ startRow: row, endRow: row + 1 });
  }
  return ranges;
}
