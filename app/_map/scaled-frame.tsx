"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import styles from "./scaled-frame.module.css";

/**
 * Lays its content out at 1/scale of the space it fills, then scales it up: the map keeps the
 * 1080p layout (label sizes, dot sizes, view extent) on a 4K wall and renders at full resolution.
 */
export function ScaledFrame({ scale, children }: { scale: number; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setSize({ width: element.clientWidth, height: element.clientHeight }));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={frame} className={styles.frame}>
      {size && (
        <div
          className={styles.content}
          style={{ width: size.width / scale, height: size.height / scale, transform: `scale(${scale})` }}
        >
          {children}
        </div>
      )}
    </div>
  );
}
