import type { Channel } from "@/lib/contracts/event-report";

// Sensors, AI video, CAP alerts and the desk acting on a risk point have nobody to tell; people report through the others.
const machineChannels: readonly Channel[] = ["sensor", "ai_video", "cap", "risk"];

/** Whether a case from this channel has a person waiting to hear how it goes. */
export function hasPersonToTell(channel: Channel): boolean {
  return !machineChannels.includes(channel);
}
