"use client";

import type { Device } from "@luma.gl/core";
import { useEffect, useMemo, useState } from "react";
import type { CaseDotsData } from "./case-dots";
import { caseDotsLayer } from "./case-dots-layer";
import { CaseDotsUpload } from "./case-dots-upload";

/**
 * The case dots' layer, once deck.gl has its GPU device (the rows are uploaded into a buffer of our
 * own); pass `onDeviceInitialized` to the deck.gl overlay.
 */
export function useCaseDotsLayer(dots: CaseDotsData) {
  const [device, setDevice] = useState<Device | null>(null);
  const [upload, setUpload] = useState<CaseDotsUpload | null>(null);
  // Made in an effect, not a memo, so that the buffer an unmount (or React's strict-mode rehearsal
  // of one) destroys is never drawn from again.
  useEffect(() => {
    if (!device) return;
    const created = new CaseDotsUpload(device);
    setUpload(created);
    return () => created.destroy();
  }, [device]);
  const layer = useMemo(() => (upload ? caseDotsLayer(upload.sync(dots)) : null), [upload, dots]);
  return { layer, onDeviceInitialized: setDevice };
}
