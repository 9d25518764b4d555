"use client";

import { useCallback, useEffect, useState } from "react";

export type DevicePosition =
  | { status: "locating" }
  | { status: "located"; lat: number; lng: number; accuracyM: number }
  | { status: "unavailable" };

/** The phone's GPS position, followed while the page is open; `unavailable` when refused or not fixed in time. */
export function useDevicePosition(): { position: DevicePosition; relocate: () => void } {
  const [position, setPosition] = useState<DevicePosition>({ status: "locating" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!("geolocation" in navigator)) {
      setPosition({ status: "unavailable" });
      return;
    }
    const watch = navigator.geolocation.watchPosition(
      ({ coords }) => setPosition({ status: "located", lat: coords.latitude, lng: coords.longitude, accuracyM: coords.accuracy }),
      // A fix once made stays useful while a later one fails.
      () => setPosition((current) => (current.status === "located" ? current : { status: "unavailable" })),
      { enableHighAccuracy: true, maximumAge: 15_000, timeout: 10_000 },
    );
    return () => navigator.geolocation.clearWatch(watch);
  }, [attempt]);

  const relocate = useCallback(() => {
    setPosition({ status: "locating" });
    setAttempt((n) => n + 1);
  }, []);
  return { position, relocate };
}
