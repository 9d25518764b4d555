import { z } from "zod";
import type { CityBounds } from "@/lib/domain/geo/city-bounds";
import boundsJson from "./bounds.json";

/** The box around Shanghai's 16 districts (generated with the rest of the city by `npm run city:build`). */
export const cityBounds: CityBounds = z.object({ south: z.number(), west: z.number(), north: z.number(), east: z.number() }).parse(boundsJson);
