"use client";

import { useEffect, useState } from "react";
import { fetchJson } from "@/app/_live/fetch-json";
import { districtLabelsSchema, districtLabelsUrl, type DistrictLabel } from "./district-labels-layer";

const none: readonly DistrictLabel[] = [];

/** The district label points, fetched once (a static file); none until they arrive. */
export function useDistrictLabels(): readonly DistrictLabel[] {
  const [labels, setLabels] = useState(none);
  useEffect(() => {
    const abort = new AbortController();
    fetchJson(districtLabelsUrl, districtLabelsSchema, abort.signal).then(
      (collection) => setLabels(collection.features),
      // Aborted on unmount, or the file is missing: the map is still usable without names.
      () => undefined,
    );
    return () => abort.abort();
  }, []);
  return labels;
}
