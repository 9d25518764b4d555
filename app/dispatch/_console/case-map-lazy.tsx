"use client";

import dynamic from "next/dynamic";

/** MapLibre and deck.gl need WebGL and `window`: the map is rendered in the browser only. */
export const CaseMapLazy = dynamic(() => import("./case-map").then((module) => module.CaseMap), { ssr: false });
