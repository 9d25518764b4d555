import type { CaseSummary, Stage } from "@/lib/contracts";

export type StageCounts = Readonly<Partial<Record<Stage, number>>>;

/** Cases per stage (absent stages left out), moved by each change instead of recounted. */
export class StageTally {
  private counts: Partial<Record<Stage, number>> = {};
  private published: StageCounts | null = null;

  update(previous: CaseSummary | undefined, next: CaseSummary | undefined): void {
    if (previous?.stage === next?.stage) return;
    if (previous) this.add(previous.stage, -1);
    if (next) this.add(next.stage, 1);
  }

  clear(): void {
    this.counts = {};
    this.published = null;
  }

  publish(): StageCounts {
    this.published ??= { ...this.counts };
    return this.published;
  }

  private add(stage: Stage, by: 1 | -1): void {
    const count = (this.counts[stage] ?? 0) + by;
    if (count > 0) this.counts[stage] = count;
    else delete this.counts[stage];
    this.published = null;
  }
}
