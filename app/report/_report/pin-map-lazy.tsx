"use client";

import dynamic from "next/dynamic";

/** MapLibre needs WebGL and `window`, and is only loaded when the resident asks for the map. */
export const PinMapLazy = dynamic(() => import("./pin-map").then((module) => module.PinMap), { ssr: false });
