"use client";

import { useEffect, useState } from "react";
import { myTasksResponseSchema } from "@/lib/contracts";
import { apiRequest } from "../_shared/api";
import { useDevicePosition, type DevicePosition } from "../_shared/use-device-position";

export type ReportLocation = { lat: number; lng: number; source: "device" | "last_known"; accuracyM: number | null } | null;

/** Where the problem is: the phone's GPS fix, else the worker's last known position (phone pings). */
export function useReportLocation(): { location: ReportLocation; position: DevicePosition; relocate: () => void } {
  const { position, relocate } = useDevicePosition();
  const [lastKnown, setLastKnown] = useState<{ lat: number; lng: number } | null>(null);
  const unavailable = position.status === "unavailable";

  useEffect(() => {
    if (!unavailable) return;
    apiRequest("/api/my/tasks", myTasksResponseSchema).then(
      (response) => setLastKnown(response.origin?.source === "last_known" ? response.origin : null),
      () => setLastKnown(null),
    );
  }, [unavailable]);

  const location: ReportLocation =
    position.status === "located"
      ? { lat: position.lat, lng: position.lng, source: "device", accuracyM: position.accuracyM }
      : unavailable && lastKnown
        ? { lat: lastKnown.lat, lng: lastKnown.lng, source: "last_known", accuracyM: null }
        : null;
  return { location, position, relocate };
}
