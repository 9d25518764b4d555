import { Deck, MapView, type LayersList } from "@deck.gl/core";
import type { Device } from "@luma.gl/core";
import type { Delta } from "@/lib/contracts";
import { installFrameClock } from "./frame-clock";
import { naivePipeline } from "./naive-pipeline";
import { benchView, type RenderPipeline } from "./render-pipeline";
import { syntheticCity } from "./synthetic-city";
import { tonglanPipeline } from "./tonglan-pipeline";

export type PipelineName = "tonglan" | "naive";

export interface RenderBenchOptions {
  points: number;
  /** Frames measured per pipeline, each applying `updatesPerFrame` deltas (the live stream). */
  frames: number;
  updatesPerFrame: number;
  /** Batches of `batchSize` deltas measured per pipeline, one per frame. */
  batches: number;
  batchSize: number;
  /** Which pipeline goes first; trials alternate it. */
  order: readonly PipelineName[];
}

export interface PipelineResult {
  /** JavaScript per frame (ms): applying that frame's deltas, building layers, deck.gl's update and draw. */
  frameJsMs: number[];
  /** Of which deck.gl's animation-frame callback (layer update and draw calls). */
  frameDeckMs: number[];
  framesPerSecond: number;
  /** Per batch (ms): applying it and building layers, plus deck.gl's update of the layers' buffers. */
  batchMs: number[];
  /** Of which deck.gl's layer update. */
  batchDeckMs: number[];
}

export interface RenderBenchResult {
  points: number;
  results: Record<PipelineName, PipelineResult>;
}

export interface RenderBenchApi {
  run(options: RenderBenchOptions): Promise<RenderBenchResult>;
}

const warmupFrames = 3;
const pipelines: Record<PipelineName, (device: Device) => RenderPipeline> = { tonglan: tonglanPipeline, naive: naivePipeline };

/** A full-window deck.gl map over Shanghai, with no basemap (MapLibre's drawing is not what is measured). */
export function createRenderBench(parent: HTMLDivElement): RenderBenchApi & { finalize(): void } {
  const clock = installFrameClock();
  let onRender: (() => void) | null = null;
  let deviceReady: (device: Device) => void = () => undefined;
  const device = new Promise<Device>((resolve) => (deviceReady = resolve));
  const deck = new Deck({
    parent,
    views: new MapView({ repeat: false }),
    initialViewState: benchView,
    controller: false,
    useDevicePixels: 1,
    layers: [],
    onBeforeRender: () => onRender?.(),
    onDeviceInitialized: (initialized) => deviceReady(initialized),
  });

  /** JavaScript ms deck.gl spends updating layers before its next draw. */
  const nextLayerUpdate = () =>
    new Promise<number>((resolve) => {
      onRender = () => {
        onRender = null;
        resolve(performance.now() - clock.callbackStart);
      };
    });

  const inFrame = <T>(work: (time: number) => T) =>
    new Promise<T>((resolve) =>
      clock.nextFrame((time) => {
        const start = performance.now();
        const result = work(time);
        clock.record(time, performance.now() - start, "apply");
        resolve(result);
      }),
    );

  const show = (layers: LayersList) => deck.setProps({ layers });

  async function measure(pipeline: RenderPipeline, cases: Parameters<RenderPipeline["load"]>[0], stream: Delta[][], batches: Delta[][]) {
    const loaded = nextLayerUpdate();
    await inFrame(() => show(pipeline.load(cases)));
    await loaded;
    for (const deltas of stream.slice(0, warmupFrames)) await inFrame(() => show(pipeline.apply(deltas)));

    clock.reset();
    const stamps: number[] = [];
    for (const deltas of stream.slice(warmupFrames)) {
      stamps.push(await inFrame((time) => (show(pipeline.apply(deltas)), time)));
    }
    await inFrame(() => undefined);
    const frameDeckMs = stamps.map((time) => clock.frames.deck.get(time) ?? 0);
    const frameJsMs = stamps.map((time, i) => (clock.frames.apply.get(time) ?? 0) + frameDeckMs[i]!);
    const framesPerSecond = ((stamps.length - 1) * 1_000) / (stamps.at(-1)! - stamps[0]!);

    const batchMs: number[] = [];
    const batchDeckMs: number[] = [];
    for (const deltas of batches) {
      await inFrame(() => undefined);
      const updated = nextLayerUpdate();
      const applyMs = await inFrame(() => {
        const start = performance.now();
        show(pipeline.apply(deltas));
        return performance.now() - start;
      });
      const updateMs = await updated;
      batchMs.push(applyMs + updateMs);
      batchDeckMs.push(updateMs);
    }
    show([]);
    await inFrame(() => undefined);
    return { frameJsMs, frameDeckMs, framesPerSecond, batchMs, batchDeckMs };
  }

  return {
    async run(options) {
      const streamLength = (warmupFrames + options.frames) * options.updatesPerFrame;
      const city = syntheticCity(options.points, streamLength + options.batches * options.batchSize);
      const stream = chunks(city.deltas.slice(0, streamLength), options.updatesPerFrame);
      const batches = chunks(city.deltas.slice(streamLength), options.batchSize);
      const results: Partial<Record<PipelineName, PipelineResult>> = {};
      for (const name of options.order) results[name] = await measure(pipelines[name](await device), city.cases, stream, batches);
      if (!results.tonglan || !results.naive) throw new Error("order must name both pipelines");
      return { points: options.points, results: { tonglan: results.tonglan, naive: results.naive } };
    },
    finalize: () => deck.finalize(),
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

declare global {
  interface Window {
    renderBench?: RenderBenchApi;
  }
}
