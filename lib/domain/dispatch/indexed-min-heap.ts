/**
 * A binary min-heap of the integers 0..size-1 keyed by a number, with decrease-key: what
 * Dijkstra needs, in typed arrays so that a search allocates nothing.
 */
export class IndexedMinHeap {
  private readonly items: Int32Array;
  private readonly keys: Float64Array;
  /** Where each item sits in `items`, or -1 when it is not in the heap. */
  private readonly slot: Int32Array;
  private length = 0;

  constructor(size: number) {
    this.items = new Int32Array(size);
    this.keys = new Float64Array(size);
    this.slot = new Int32Array(size).fill(-1);
  }

  isEmpty(): boolean {
    return this.length === 0;
  }

  clear(): void {
    for (let i = 0; i < this.length; i++) this.slot[this.items[i]!] = -1;
    this.length = 0;
  }

  /** Inserts the item, or lowers its key when it is already in the heap (a key is never raised). */
  push(item: number, key: number): void {
    let at = this.slot[item]!;
    if (at < 0) {
      at = this.length++;
      this.items[at] = item;
      this.slot[item] = at;
    }
    this.keys[item] = key;
    this.siftUp(at);
  }

  /** Removes and returns the item with the smallest key (the heap must not be empty). */
  pop(): number {
    const top = this.items[0]!;
    this.slot[top] = -1;
    this.length--;
    if (this.length > 0) {
      const last = this.items[this.length]!;
      this.items[0] = last;
      this.slot[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(from: number): void {
    const item = this.items[from]!;
    const key = this.keys[item]!;
    let at = from;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = this.items[parent]!;
      if (this.keys[above]! <= key) break;
      this.items[at] = above;
      this.slot[above] = at;
      at = parent;
    }
    this.items[at] = item;
    this.slot[item] = at;
  }

  private siftDown(from: number): void {
    const item = this.items[from]!;
    const key = this.keys[item]!;
    let at = from;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.length) break;
      const right = child + 1;
      if (right < this.length && this.keys[this.items[right]!]! < this.keys[this.items[child]!]!) child = right;
      const below = this.items[child]!;
      if (this.keys[below]! >= key) break;
      this.items[at] = below;
      this.slot[below] = at;
      at = child;
    }
    this.items[at] = item;
    this.slot[item] = at;
  }
}
