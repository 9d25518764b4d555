import { z } from "zod";
import { sensorSchema } from "@/lib/contracts/sensor";
import { demoResourceSchema, demoWorkerSchema, districtInfoSchema, gridCellSchema } from "../schemas";
import districtsJson from "./districts.json";
import gridsJson from "./grids.json";
import resourcesJson from "./resources.json";
import sensorsJson from "./sensors.json";
import workersJson from "./workers.json";

/** Shanghai demo city: server-side reference data. Regenerate the generated files with `npm run city:build`. */

export { catalogue, departments } from "./catalogue";
export type { DemoResource, DemoWorker, DistrictInfo, GridCell } from "../schemas";

export const districts = z.array(districtInfoSchema).parse(districtsJson);
export const grids = z.array(gridCellSchema).parse(gridsJson);
export const workers = z.array(demoWorkerSchema).parse(workersJson);
export const sensors = z.array(sensorSchema).parse(sensorsJson);
export const resources = z.array(demoResourceSchema).parse(resourcesJson);
