import type { BenchFigure } from "../figure";
import { burstAssignmentFigure } from "./burst-assignment";
import { intakeBurstFigure } from "./intake-burst";
import { loadLatencyFigure } from "./load-latency";
import { socketFanoutFigure } from "./socket-fanout";
import { sustainedPipelineFigure } from "./sustained-pipeline";

/** Every figure of `npm run bench`, in the order the table shows them. */
export const figures: readonly BenchFigure[] = [intakeBurstFigure, sustainedPipelineFigure, loadLatencyFigure, socketFanoutFigure, burstAssignmentFigure];
