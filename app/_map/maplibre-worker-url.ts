// MapLibre finds its worker next to its own module; once bundled that file is not there, so the
// bundler is asked to emit the worker as an asset and MapLibre is told where it is.
export const maplibreWorkerUrl = new URL("maplibre-gl/dist/maplibre-gl-worker.mjs", import.meta.url).href;
