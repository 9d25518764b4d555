import { randomBytes } from "node:crypto";
import { z } from "zod";

/** A token for this run only: the server requires it and the simulator sends it, and nobody else knows it. */
const gatewayToken = z
  .string()
  .min(32, "at least 32 characters")
  .default(() => randomBytes(32).toString("base64url"));

/** What the demo launcher reads from the environment; the server and simulator read the rest themselves. */
export const demoOptionsSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  REDIS_URL: z.url().optional(),
  LOCAL_REDIS_PORT: z.coerce.number().int().min(1).max(65535).default(6390),
  DEMO_SKIP_BUILD: z.enum(["0", "1"]).default("0"),
  SIMULATOR_PEAK_PER_MINUTE: z.coerce.number().min(0).default(60),
  // Time-lapse: an SLA hour passes in five minutes, so that workers visibly ride to their cases and a
  // case runs its whole loop while one watches. The server and the simulator both keep this pace.
  SLA_MINUTE_MS: z.coerce.number().int().min(1).default(5_000),
  // Machines that write must prove it, in the demo too: set them to post from elsewhere, e.g. a real gateway.
  SENSOR_GATEWAY_TOKEN: gatewayToken,
  POSITIONS_GATEWAY_TOKEN: gatewayToken,
  WEATHER_GATEWAY_TOKEN: gatewayToken,
});

export type DemoOptions = z.infer<typeof demoOptionsSchema>;
