"use client";

import dynamic from "next/dynamic";

/** deck.gl needs WebGL and `window`: the benchmark runs in the browser only. */
export const RenderBenchLazy = dynamic(() => import("./render-bench").then((module) => module.RenderBench), { ssr: false });
