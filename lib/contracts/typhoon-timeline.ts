import { z } from "zod";
import { storedForecastSchema } from "./forecast";
import { screenSensorSchema } from "./sensor-values";

/** The most steps one timeline answer carries (a day at five minutes, three days at fifteen). */
export const MAX_TIMELINE_FRAMES = 300;

const instant = z.iso.datetime({ offset: true });

/** Query of GET /api/typhoon/timeline. */
export const typhoonTimelineQuerySchema = z
  .object({
    from: instant,
    to: instant,
    stepMinutes: z.coerce.number().int().min(1).max(360).default(10),
  })
  .superRefine((query, ctx) => {
    const spanMs = Date.parse(query.to) - Date.parse(query.from);
    if (spanMs <= 0) ctx.addIssue({ code: "custom", path: ["to"], message: "must be after from" });
    else if (spanMs / (query.stepMinutes * 60_000) > MAX_TIMELINE_FRAMES) {
      ctx.addIssue({ code: "custom", path: ["stepMinutes"], message: `too small for the window: at most ${MAX_TIMELINE_FRAMES} steps` });
    }
  });
export type TyphoonTimelineQuery = z.infer<typeof typhoonTimelineQuerySchema>;

export const timelineFrameSchema = z.object({
  /** Start of the step. */
  at: instant,
  /** Each gauge's mean reading in the step, in the order of `sensors`; the last known one when it sent none; null before its first. */
  values: z.array(z.number().nullable()),
  /** Cases created in the step. */
  casesOpened: z.number().int().min(0),
});
export type TimelineFrame = z.infer<typeof timelineFrameSchema>;

/** Answer of GET /api/typhoon/timeline: a stored night, step by step, to replay on the wall screen. */
export const typhoonTimelineSchema = z.object({
  from: instant,
  to: instant,
  stepMinutes: z.number().int(),
  /** The gauges, without a value (the frames carry them). */
  sensors: z.array(screenSensorSchema.omit({ value: true, measuredAt: true })),
  /** The forecasts issued in the window and the last one before it, oldest first. */
  forecasts: z.array(storedForecastSchema),
  frames: z.array(timelineFrameSchema),
});
export type TyphoonTimeline = z.infer<typeof typhoonTimelineSchema>;
