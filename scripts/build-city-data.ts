/**
 * Builds the Shanghai demo city from the DataV district atlas: WGS-84 district boundaries,
 * default H3 grids, a deterministic roster of grid workers, the sensors placed in the grids and the
 * emergency resources (shelters, pump trucks, sandbag depots, rescue teams, vehicles) in every district.
 *
 *   npm run city:build [-- --source <districts.geojson>]
 */
import { readFile, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { findSkillGaps } from "@/lib/city/skill-coverage";
import { boundsOfCoordinates } from "@/lib/domain/geo/city-bounds";
import { catalogue } from "@/lib/city/shanghai/catalogue";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";
import { buildGrids } from "./city/build-grids";
import { convertDistricts, sourceDistrictsSchema } from "./city/convert-districts";
import { districtLabelPoints } from "./city/district-label-points";
import { generateSensors } from "./city/generate-sensors";
import { generateResources } from "./city/generate-resources";
import { generateWorkers } from "./city/generate-workers";
import { resourcePlans } from "./city/resource-plans";
import { sensorPlans } from "./city/sensor-plans";
import { workerProfiles } from "./city/worker-profiles";
import { writeJsonCompact, writeJsonLines } from "./city/write-json";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const outputs = {
  boundaries: `${repoRoot}public/city/districts.geojson`,
  labels: `${repoRoot}public/city/district-labels.geojson`,
  districts: `${repoRoot}lib/city/shanghai/districts.json`,
  bounds: `${repoRoot}lib/city/shanghai/bounds.json`,
  grids: `${repoRoot}lib/city/shanghai/grids.json`,
  workers: `${repoRoot}lib/city/shanghai/workers.json`,
  sensors: `${repoRoot}lib/city/shanghai/sensors.json`,
  resources: `${repoRoot}lib/city/shanghai/resources.json`,
};

const gridPlan = {
  // 黄浦 徐汇 长宁 静安 普陀 虹口 杨浦
  wholeDistricts: [310101, 310104, 310105, 310106, 310107, 310109, 310110],
  // 闵行 宝山 浦东: only their built-up parts near the centre
  partialDistricts: [310112, 310113, 310115],
  centre: { lat: 31.2304, lng: 121.4737 }, // People's Square (人民广场), WGS-84
  radiusKm: 12,
};

const workerPlan = {
  total: 300,
  profiles: workerProfiles,
  extraSkillChance: 0.3,
  minMaxLoad: 3,
  maxMaxLoad: 6,
  positionJitterMeters: 25,
};

const WORKER_SEED = "tonglan-shanghai-workers";
// A seed of their own, so adding sensors left the workers as they were.
const SENSOR_SEED = "tonglan-shanghai-sensors";
const SENSOR_JITTER_METERS = 60;
const RESOURCE_SEED = "tonglan-shanghai-resources";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { source: { type: "string", default: `${repoRoot}../shared/data/shanghai/districts.geojson` } },
  });
  const source = sourceDistrictsSchema.parse(JSON.parse(await readFile(values.source, "utf8")));

  const boundaries = convertDistricts(source);
  const districts = boundaries.features.map(({ properties: { adcode, nameZh, nameEn } }) => ({ adcode, nameZh, nameEn }));
  const grids = buildGrids(boundaries.features, gridPlan);
  const workers = generateWorkers(grids, createSeededRandom(WORKER_SEED), workerPlan);
  const sensors = generateSensors(grids, createSeededRandom(SENSOR_SEED), sensorPlans, SENSOR_JITTER_METERS);
  const resources = generateResources(boundaries.features, createSeededRandom(RESOURCE_SEED), resourcePlans);

  const gaps = findSkillGaps(workers, catalogue);
  if (gaps.length > 0) {
    const listed = gaps.map((g) => `${g.district}: ${g.category} (${g.skills.join("+")})`).join("; ");
    throw new Error(`categories no worker can take: ${listed}`);
  }

  await writeJsonCompact(outputs.boundaries, boundaries);
  await writeJsonCompact(outputs.labels, districtLabelPoints(boundaries.features));
  await writeJsonLines(outputs.districts, districts);
  await writeJsonCompact(outputs.bounds, boundsOfCoordinates(boundaries.features.map((f) => f.geometry.coordinates)));
  await writeJsonLines(outputs.grids, grids);
  await writeJsonLines(outputs.workers, workers);
  await writeJsonLines(outputs.sensors, sensors);
  await writeJsonLines(outputs.resources, resources);

  for (const { adcode, nameZh } of districts) {
    const cells = grids.filter((g) => g.district === adcode).length;
    const staff = workers.filter((w) => w.district === adcode).length;
    if (cells > 0) console.log(`${adcode} ${nameZh}\t${cells} grids\t${staff} workers`);
  }
  console.log(`${grids.length} grids, ${workers.length} workers, ${sensors.length} sensors, ${resources.length} resources, ${catalogue.length} categories dispatchable everywhere`);
  for (const path of Object.values(outputs)) console.log(`wrote ${path} (${Math.round((await stat(path)).size / 1024)} KB)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
