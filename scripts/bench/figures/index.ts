import type { BenchFigure } from "../figure";
import { burstAssignmentFigure } from "./burst-assignment";
import { dispatchStormFigure } from "./dispatch-storm";
import { intakeBurstFigure } from "./intake-burst";
import { loadLatencyFigure } from "./load-latency";
import { sensorIngestFigure } from "./sensor-ingest";
import { slaStormFigure } from "./sla-storm";
import { socketFanoutFigure } from "./socket-fanout";
import { stormNightFigure } from "./storm-night";
import { sustainedPipelineFigure } from "./sustained-pipeline";
import { wallScreenRenderFigure } from "./wall-screen-render";
import { workerPositionsFigure } from "./worker-positions";

/** Every figure of `npm run bench`, in the order the table shows them. */
export const figures: readonly BenchFigure[] = [
  intakeBurstFigure,
  sustainedPipelineFigure,
  loadLatencyFigure,
  sensorIngestFigure,
  workerPositionsFigure,
  burstAssignmentFigure,
  dispatchStormFigure,
  slaStormFigure,
  socketFanoutFigure,
  wallScreenRenderFigure,
  stormNightFigure,
];
