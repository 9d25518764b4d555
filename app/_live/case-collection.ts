import { openStages, type CaseSummary } from "@/lib/contracts";
import { kthSmallest } from "./kth-smallest";

/** What readers need of the screen's cases; a Map of them serves too. */
export interface CaseLookup {
  readonly size: number;
  get(id: string): CaseSummary | undefined;
  has(id: string): boolean;
  values(): Iterable<CaseSummary>;
}

const chunkBits = 8;
const chunkSize = 1 << chunkBits;
const slotMask = chunkSize - 1;
const bucketCount = 4096;
// Buckets sit in pages, so an edit copies the 64 page slots and the pages it writes to, not 4,096 slots.
const pageBits = 6;
const pageMask = (1 << pageBits) - 1;
const openStageSet: ReadonlySet<string> = new Set(openStages);

type Chunk = (CaseSummary | undefined)[];
type Bucket = Map<string, number>;
type BucketPage = (Bucket | undefined)[];

interface Parts {
  readonly chunks: readonly Chunk[];
  /** Creation time (ms) per slot, chunked like the slots. */
  readonly times: readonly Float64Array[];
  /** 1 where the slot's case is open, chunked like the slots. */
  readonly openFlags: readonly Uint8Array[];
  readonly openCount: number;
  /** Slots used so far, holes included. */
  readonly slotCount: number;
  readonly pages: readonly BucketPage[];
  readonly size: number;
}

/**
 * The screen's cases in arrival order, as an immutable value whose edits copy only what they touch.
 * Copying a 100,000-entry Map for every batch of updates took 20 ms or more; here cases sit in
 * fixed-size chunks of slots (with creation time and open flag beside them, for bounding) and the id → slot
 * index is split into pages of buckets, and an edit copies just the chunks, pages and buckets it writes to.
 */
export class CaseCollection implements CaseLookup {
  static readonly empty = new CaseCollection({
    chunks: [],
    times: [],
    openFlags: [],
    openCount: 0,
    slotCount: 0,
    pages: Array.from({ length: bucketCount >> pageBits }, () => new Array<Bucket | undefined>(1 << pageBits).fill(undefined)),
    size: 0,
  });

  /** Collections come from `empty` and edits; chunks, pages and buckets they hold are never written again. */
  constructor(private readonly parts: Parts) {}

  get size(): number {
    return this.parts.size;
  }

  get(id: string): CaseSummary | undefined {
    const { pages, chunks } = this.parts;
    const slot = bucketIn(pages, bucketOf(id))?.get(id);
    return slot === undefined ? undefined : chunks[slot >> chunkBits]?.[slot & slotMask];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  *values(): Generator<CaseSummary, void, undefined> {
    for (const chunk of this.parts.chunks) for (const summary of chunk) if (summary) yield summary;
  }

  *keys(): Generator<string, void, undefined> {
    for (const summary of this.values()) yield summary.id;
  }

  /** Starts a batch of changes; the edit's `done()` gives the new collection and leaves this one as it was. */
  edit(): CaseEdit {
    return new CaseEdit(this.parts);
  }
}

/** One batch of changes to a collection; use it once, up to `done()`. */
export class CaseEdit {
  private readonly chunks: Chunk[];
  private readonly times: Float64Array[];
  private readonly openFlags: Uint8Array[];
  private readonly pages: BucketPage[];
  private readonly owned = new Set<object>();
  private slotCount: number;
  size: number;
  openCount: number;

  constructor(base: Parts) {
    this.chunks = base.chunks.slice();
    this.times = base.times.slice();
    this.openFlags = base.openFlags.slice();
    this.openCount = base.openCount;
    this.pages = base.pages.slice();
    this.slotCount = base.slotCount;
    this.size = base.size;
  }

  get(id: string): CaseSummary | undefined {
    const slot = bucketIn(this.pages, bucketOf(id))?.get(id);
    return slot === undefined ? undefined : this.chunks[slot >> chunkBits]?.[slot & slotMask];
  }

  /** Replaces the case in its slot, or appends it when new (as Map.set keeps or appends). */
  set(summary: CaseSummary): void {
    const bucketIndex = bucketOf(summary.id);
    let slot = bucketIn(this.pages, bucketIndex)?.get(summary.id);
    if (slot === undefined) {
      slot = this.slotCount++;
      this.writableBucket(bucketIndex).set(summary.id, slot);
      this.size += 1;
    }
    const createdAt = Date.parse(summary.createdAt);
    const chunk = slot >> chunkBits;
    const flags = this.writable(this.openFlags, chunk, Uint8Array);
    const open = openStageSet.has(summary.stage) ? 1 : 0;
    this.openCount += open - flags[slot & slotMask]!;
    flags[slot & slotMask] = open;
    this.writableChunk(chunk)[slot & slotMask] = summary;
    this.writable(this.times, chunk, Float64Array)[slot & slotMask] = Number.isNaN(createdAt) ? 0 : createdAt;
  }

  delete(id: string): boolean {
    const bucketIndex = bucketOf(id);
    const slot = bucketIn(this.pages, bucketIndex)?.get(id);
    if (slot === undefined) return false;
    this.writableBucket(bucketIndex).delete(id);
    this.writableChunk(slot >> chunkBits)[slot & slotMask] = undefined;
    const flags = this.writable(this.openFlags, slot >> chunkBits, Uint8Array);
    this.openCount -= flags[slot & slotMask]!;
    flags[slot & slotMask] = 0;
    this.size -= 1;
    return true;
  }

  /**
   * Ids of the `count` earliest-created open (or finished) cases, equal times in arrival order.
   * Linear in the slots, over the time and flag columns only: sorting 100,000 cases took longer than a frame.
   */
  oldest(count: number, open: boolean): string[] {
    if (count <= 0) return [];
    const wanted = open ? 1 : 0;
    const candidates = new Float64Array(open ? this.openCount : this.size - this.openCount);
    let found = 0;
    for (let c = 0; c < this.chunks.length; c++) {
      const chunk = this.chunks[c]!;
      const times = this.times[c]!;
      const flags = this.openFlags[c]!;
      for (let i = 0; i < chunk.length; i++) if (flags[i] === wanted && chunk[i]) candidates[found++] = times[i]!;
    }
    const cutoff = kthSmallest(candidates.subarray(0, found), Math.min(count, found) - 1);
    let atCutoff = count;
    for (let i = 0; i < found; i++) if (candidates[i]! < cutoff) atCutoff--;

    const ids: string[] = [];
    for (let c = 0; c < this.chunks.length; c++) {
      const chunk = this.chunks[c]!;
      const times = this.times[c]!;
      const flags = this.openFlags[c]!;
      for (let i = 0; i < chunk.length; i++) {
        const summary = chunk[i];
        if (flags[i] !== wanted || !summary || times[i]! > cutoff) continue;
        if (times[i]! < cutoff || atCutoff-- > 0) ids.push(summary.id);
      }
    }
    return ids;
  }

  done(): CaseCollection {
    const holes = this.slotCount - this.size;
    // Deleted slots stay empty until there are as many of them as cases: then start over, packed.
    if (holes > Math.max(4 * chunkSize, this.size)) {
      const packed = CaseCollection.empty.edit();
      for (const chunk of this.chunks) for (const summary of chunk) if (summary) packed.set(summary);
      return packed.done();
    }
    const { chunks, times, openFlags, openCount, slotCount, pages, size } = this;
    return new CaseCollection({ chunks, times, openFlags, openCount, slotCount, pages, size });
  }

  private writableChunk(index: number): Chunk {
    const chunk = this.chunks[index];
    if (chunk && this.owned.has(chunk)) return chunk;
    const copy = chunk ? chunk.slice() : [];
    this.owned.add(copy);
    this.chunks[index] = copy;
    return copy;
  }

  private writable<T extends Float64Array | Uint8Array>(columns: T[], index: number, make: new (length: number) => T): T {
    const column = columns[index];
    if (column && this.owned.has(column)) return column;
    const copy = new make(chunkSize);
    if (column) copy.set(column);
    this.owned.add(copy);
    columns[index] = copy;
    return copy;
  }

  private writableBucket(index: number): Bucket {
    const page = this.writablePage(index >> pageBits);
    const bucket = page[index & pageMask];
    if (bucket && this.owned.has(bucket)) return bucket;
    const copy = new Map(bucket);
    this.owned.add(copy);
    page[index & pageMask] = copy;
    return copy;
  }

  private writablePage(index: number): BucketPage {
    const page = this.pages[index]!;
    if (this.owned.has(page)) return page;
    const copy = page.slice();
    this.owned.add(copy);
    this.pages[index] = copy;
    return copy;
  }
}

function bucketIn(pages: readonly BucketPage[], index: number): Bucket | undefined {
  return pages[index >> pageBits]?.[index & pageMask];
}

/** FNV-1a over the id's UTF-16 units: cheap and spreads the sequential ids cases have. */
function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & (bucketCount - 1);
}
