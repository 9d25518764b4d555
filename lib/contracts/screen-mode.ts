import { z } from "zod";

/**
 * The wall screen's mode. Typhoon mode is on while an operator or leader switched it on, or while a
 * typhoon or rainstorm alert is in force, whichever comes first; switching off the switch leaves it on
 * while the alert lasts.
 */
export const screenModeSchema = z.object({
  /** What the screen shows: the switch or an alert. */
  typhoon: z.boolean(),
  /** An operator's or leader's switch (PUT /api/screen/mode). */
  typhoonSwitch: z.boolean(),
  /** A typhoon or rainstorm alert is in force (set by the alerts' intake). */
  alertInForce: z.boolean(),
  changedAt: z.iso.datetime({ offset: true }),
  /** Who changed it last: a user's name, or "alert". */
  changedBy: z.string().nullable(),
});
export type ScreenMode = z.infer<typeof screenModeSchema>;

/** Body of PUT /api/screen/mode. */
export const screenModeRequestSchema = z.object({ typhoon: z.boolean() });
export type ScreenModeRequest = z.infer<typeof screenModeRequestSchema>;
