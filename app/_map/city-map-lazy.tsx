"use client";

import dynamic from "next/dynamic";

/** MapLibre and deck.gl need WebGL and `window`: the map is rendered in the browser only. */
export const CityMapLazy = dynamic(() => import("./city-map").then((module) => module.CityMap), { ssr: false });
