import type { CaseSummary } from "@/lib/contracts";
import type { CaseCollection } from "@/app/_live/case-collection";
import type { CaseChange, CaseChanges } from "@/app/_live/live-state";
import { CaseDots, type CaseDotsData } from "@/app/_map/case-dots";
import { HexDensity, type DensityByResolution } from "@/app/_map/hex-density";
import { NewestCases } from "./newest-cases";
import { StageTally, type StageCounts } from "./stage-tally";

/** What the wall screen shows of its cases; each part is the same object until it changes. */
export interface CaseViewsSnapshot {
  readonly dots: CaseDotsData;
  readonly density: DensityByResolution;
  readonly stageCounts: StageCounts;
  readonly newest: readonly CaseSummary[];
}

/**
 * The wall screen's views of its cases, brought up to date with only the cases that changed since the
 * collection they last saw; anything else (a snapshot, a skipped state) is followed by a full pass.
 */
export class CaseViews {
  private readonly dots = new CaseDots();
  private readonly density = new HexDensity();
  private readonly stages = new StageTally();
  private readonly newest: NewestCases;
  private synced: CaseCollection | null = null;
  private snapshot: CaseViewsSnapshot | null = null;

  constructor(queueLength: number) {
    this.newest = new NewestCases(queueLength);
  }

  sync(cases: CaseCollection, changes: CaseChanges): CaseViewsSnapshot {
    if (cases !== this.synced || !this.snapshot) {
      if (this.synced && changes.base === this.synced) this.applyChanges(changes.list);
      else this.rebuild(cases);
      if (this.newest.needsRescan) this.newest.rescan(cases.values());
      this.synced = cases;
      this.snapshot = this.publish();
    }
    return this.snapshot;
  }

  private applyChanges(list: readonly CaseChange[]): void {
    for (const { previous, next } of list) this.update(previous, next);
  }

  private rebuild(cases: CaseCollection): void {
    this.dots.clear();
    this.density.clear();
    this.stages.clear();
    this.newest.clear();
    for (const summary of cases.values()) this.update(undefined, summary);
  }

  private update(previous: CaseSummary | undefined, next: CaseSummary | undefined): void {
    if (previous === next) return;
    this.dots.update(previous, next);
    this.density.update(previous, next);
    this.stages.update(previous, next);
    this.newest.update(previous, next);
  }

  private publish(): CaseViewsSnapshot {
    const next = {
      dots: this.dots.publish(),
      density: this.density.publish(),
      stageCounts: this.stages.publish(),
      newest: this.newest.publish(),
    };
    const last = this.snapshot;
    const same = last && (Object.keys(next) as (keyof CaseViewsSnapshot)[]).every((key) => next[key] === last[key]);
    return same ? last : next;
  }
}
