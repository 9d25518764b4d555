"use client";

import { useEffect, useRef } from "react";
import { createRenderBench } from "./render-bench-run";

/** Hosts the rendering benchmark and offers it to the driver as `window.renderBench`. */
export function RenderBench() {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    const bench = createRenderBench(container.current);
    window.renderBench = bench;
    return () => {
      delete window.renderBench;
      bench.finalize();
    };
  }, []);

  return <div ref={container} data-testid="render-bench" style={{ position: "fixed", inset: 0, background: "#050a14" }} />;
}
