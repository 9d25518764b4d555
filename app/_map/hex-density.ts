import { openStages, type CaseSummary } from "@/lib/contracts";
import { densityCellsOf, densityResolutions, type DensityResolution } from "./case-density";

const open: ReadonlySet<string> = new Set(openStages);

/**
 * Open cases per H3 cell at one resolution (and of those the overdue ones; and of the cell's rated
 * cases the satisfied ones), a new object whenever a count changed. Cells are only ever added (a cell
 * whose cases all closed keeps count 0), so `hexes` changes, and the layer works out the cells'
 * centres again, only when a new cell appears.
 */
export interface DensityCells {
  readonly resolution: DensityResolution;
  readonly hexes: readonly string[];
  readonly counts: readonly number[];
  readonly maxCount: number;
  readonly overdue: readonly number[];
  readonly rated: readonly number[];
  readonly satisfied: readonly number[];
}

/** What a case adds to its cell's counts. */
interface Share {
  readonly cell: string;
  readonly open: number;
  readonly overdue: number;
  readonly rated: number;
  readonly satisfied: number;
}

const sameShare = (a: Share | null, b: Share | null) =>
  a === b || (a !== null && b !== null && a.cell === b.cell && a.open === b.open && a.overdue === b.overdue && a.rated === b.rated && a.satisfied === b.satisfied);

/**
 * The cells at each resolution. The map shows one resolution at a time, so each is copied out only
 * when read: a frame at city zoom copies about 1,200 res-7 counts, not the 22,000 res-9 ones as well.
 */
export type DensityByResolution = Readonly<Record<DensityResolution, DensityCells>>;

/** Counts per cell at every density resolution, moved by each change instead of recounted. */
export class HexDensity {
  private readonly levels = densityResolutions.map((resolution) => new Level(resolution));
  private published: DensityByResolution | null = null;
  private changedSincePublished = true;

  update(previous: CaseSummary | undefined, next: CaseSummary | undefined): void {
    const before = shareOf(previous);
    const after = shareOf(next);
    if (sameShare(before, after)) return;
    const beforeCells = before === null ? null : densityCellsOf(before.cell);
    const afterCells = after === null ? null : densityCellsOf(after.cell);
    if (!beforeCells && !afterCells) return;
    for (const level of this.levels) {
      if (beforeCells) level.add(beforeCells[level.resolution], before!, -1);
      if (afterCells) level.add(afterCells[level.resolution], after!, 1);
    }
    this.changedSincePublished = true;
  }

  clear(): void {
    for (const level of this.levels) level.clear();
    this.changedSincePublished = true;
  }

  /** A new object whenever a count changed; reading a resolution gives its cells as of the read. */
  publish(): DensityByResolution {
    if (this.published && !this.changedSincePublished) return this.published;
    const [r7, r8, r9] = this.levels as [Level, Level, Level];
    this.published = {
      get 7() {
        return r7.publish();
      },
      get 8() {
        return r8.publish();
      },
      get 9() {
        return r9.publish();
      },
    };
    this.changedSincePublished = false;
    return this.published;
  }
}

function shareOf(summary: CaseSummary | undefined): Share | null {
  if (!summary?.gridCell) return null;
  const isOpen = open.has(summary.stage);
  if (!isOpen && summary.satisfied === null) return null;
  return {
    cell: summary.gridCell,
    open: isOpen ? 1 : 0,
    overdue: isOpen && summary.overdue ? 1 : 0,
    rated: summary.satisfied === null ? 0 : 1,
    satisfied: summary.satisfied ? 1 : 0,
  };
}

class Level {
  private changed = true;
  private readonly index = new Map<string, number>();
  private hexes: string[] = [];
  private counts: number[] = [];
  private overdue: number[] = [];
  private rated: number[] = [];
  private satisfied: number[] = [];
  private hexesGrew = true;
  private snapshot: DensityCells | null = null;

  constructor(readonly resolution: DensityResolution) {}

  add(hex: string, share: Share, by: 1 | -1): void {
    let at = this.index.get(hex);
    if (at === undefined) {
      at = this.hexes.length;
      this.index.set(hex, at);
      this.hexes.push(hex);
      this.counts.push(0);
      this.overdue.push(0);
      this.rated.push(0);
      this.satisfied.push(0);
      this.hexesGrew = true;
    }
    this.counts[at] = Math.max(0, this.counts[at]! + by * share.open);
    this.overdue[at] = Math.max(0, this.overdue[at]! + by * share.overdue);
    this.rated[at] = Math.max(0, this.rated[at]! + by * share.rated);
    this.satisfied[at] = Math.max(0, this.satisfied[at]! + by * share.satisfied);
    this.changed = true;
  }

  clear(): void {
    this.index.clear();
    this.hexes = [];
    this.counts = [];
    this.overdue = [];
    this.rated = [];
    this.satisfied = [];
    this.hexesGrew = true;
    this.changed = true;
  }

  publish(): DensityCells {
    if (this.snapshot && !this.changed) return this.snapshot;
    const counts = this.counts.slice();
    this.snapshot = {
      resolution: this.resolution,
      hexes: this.hexesGrew || !this.snapshot ? this.hexes.slice() : this.snapshot.hexes,
      counts,
      maxCount: counts.reduce((max, count) => Math.max(max, count), 0),
      overdue: this.overdue.slice(),
      rated: this.rated.slice(),
      satisfied: this.satisfied.slice(),
    };
    this.hexesGrew = false;
    this.changed = false;
    return this.snapshot;
  }
}
