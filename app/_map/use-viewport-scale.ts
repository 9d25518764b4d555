"use client";

import { useEffect, useState } from "react";

const designFontSizePx = 16;

/**
 * How much bigger than the 1920×1080 design the screen is drawn (2 on a 3840×2160 wall).
 * The stylesheet derives the root font size from the viewport; the map follows the same factor.
 */
export function useViewportScale(): number {
  const [scale, setScale] = useState(1);

  useEffect(() => {
    const measure = () => {
      const rootSize = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
      setScale(Number.isFinite(rootSize) && rootSize > 0 ? rootSize / designFontSizePx : 1);
    };
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, []);

  return scale;
}
