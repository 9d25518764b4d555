/**
 * Main-thread JavaScript per animation frame. deck.gl draws from its own requestAnimationFrame loop,
 * and updates changed layers there just before drawing, so the page wraps requestAnimationFrame once,
 * before deck.gl starts: every callback's duration is added to its frame (callbacks of one frame share
 * a timestamp), and the start of the callback running is kept, to split deck's layer update from its draw.
 */
export interface FrameClock {
  /** requestAnimationFrame without the wrapper, for the bench's own loop (which records itself). */
  readonly nextFrame: (callback: FrameRequestCallback) => number;
  /** Adds `ms` of JavaScript to the frame of timestamp `time`, as the bench's own (state, views, layers) or deck.gl's. */
  record(time: number, ms: number, part: FramePart): void;
  /** JavaScript ms per frame timestamp since the last reset, by part. */
  readonly frames: Readonly<Record<FramePart, ReadonlyMap<number, number>>>;
  /** When the callback now running started (performance.now()). */
  readonly callbackStart: number;
  reset(): void;
}

export type FramePart = "apply" | "deck";

let installed: FrameClock | null = null;

export function installFrameClock(): FrameClock {
  if (installed) return installed;
  const native = window.requestAnimationFrame.bind(window);
  const frames = { apply: new Map<number, number>(), deck: new Map<number, number>() };
  const clock = {
    nextFrame: native,
    frames,
    callbackStart: 0,
    record(time: number, ms: number, part: FramePart) {
      frames[part].set(time, (frames[part].get(time) ?? 0) + ms);
    },
    reset() {
      frames.apply.clear();
      frames.deck.clear();
    },
  };
  window.requestAnimationFrame = (callback) =>
    native((time) => {
      const start = performance.now();
      clock.callbackStart = start;
      try {
        callback(time);
      } finally {
        clock.record(time, performance.now() - start, "deck");
      }
    });
  installed = clock;
  return clock;
}
