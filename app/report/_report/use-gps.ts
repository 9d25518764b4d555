"use client";

import { useCallback, useState } from "react";
import type { GeoLocation } from "@/lib/contracts";

export type GpsState = { kind: "idle" } | { kind: "locating" } | { kind: "denied" } | { kind: "unavailable" };

/** One reading of the phone's position (WGS-84, as the map and the API use), on request. */
export function useGps(onFix: (location: GeoLocation, accuracyMeters: number) => void): [GpsState, () => void] {
  const [state, setState] = useState<GpsState>({ kind: "idle" });
  const locate = useCallback(() => {
    // Browsers offer geolocation only to secure pages (https or localhost).
    if (!("geolocation" in navigator) || !window.isSecureContext) {
      setState({ kind: "unavailable" });
      return;
    }
    setState({ kind: "locating" });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setState({ kind: "idle" });
        onFix({ lat: position.coords.latitude, lng: position.coords.longitude }, Math.round(position.coords.accuracy));
      },
      (error) => setState({ kind: error.code === error.PERMISSION_DENIED ? "denied" : "unavailable" }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 30_000 },
    );
  }, [onFix]);
  return [state, locate];
}
