"use client";

import { useEffect, useState } from "react";

const periodMs = 1_600;
const frameIntervalMs = 1_000 / 30;
// With reduced motion the rings stand still, half-way out.
const stillPhase = 0.4;

/**
 * A phase 0→1 repeating every 1.6 s while something arrived within `windowMs`, null otherwise.
 * Animates at most 30 times a second and stops by itself when the arrivals grow old.
 */
export function usePulsePhase(latestArrivalAt: number | null, windowMs: number): number | null {
  const [phase, setPhase] = useState<number | null>(null);

  useEffect(() => {
    if (latestArrivalAt === null) return;
    const stillUntil = latestArrivalAt + windowMs;
    if (window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
      setPhase(stillPhase);
      const timer = setTimeout(() => setPhase(null), Math.max(0, stillUntil - Date.now()));
      return () => clearTimeout(timer);
    }
    let frame = 0;
    let drawnAt = 0;
    const tick = (time: number) => {
      if (Date.now() > stillUntil) {
        setPhase(null);
        return;
      }
      if (time - drawnAt >= frameIntervalMs) {
        drawnAt = time;
        setPhase((time % periodMs) / periodMs);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [latestArrivalAt, windowMs]);

  return phase;
}
