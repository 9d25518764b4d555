import { notFound } from "next/navigation";
import { loadConfig } from "@/lib/config/env";
import { RenderBenchLazy } from "./_bench/render-bench-lazy";

export const dynamic = "force-dynamic";

/**
 * The wall-screen rendering benchmark (scripts/bench/figures/wall-screen-render.ts), served by the real
 * app so that it measures the product's own build of its live-state and layer code. It is a 404 unless
 * the server runs with BENCH_PAGES=1, which only the benchmark sets.
 */
export default function RenderBenchPage() {
  if (!loadConfig().BENCH_PAGES) notFound();
  return <RenderBenchLazy />;
}
