import * as shanghai from "@/lib/city/shanghai";
import { demoCareHouseholds } from "@/lib/city/shanghai/care-households";
import { DEMO_PASSWORD, demoUsers } from "@/lib/city/shanghai/demo-users";
import { simulatedUsers } from "@/lib/city/shanghai/simulated-users";
import { seedDemoCareHouseholds } from "@/lib/db/seed-care-demo";
import { seedCity } from "@/lib/db/seed-city";
import { seedDemoUsers } from "@/lib/db/seed-demo-users";
import { seedMissingPositions } from "@/lib/pipeline/seed-positions";
import type { AppContext } from "./app-context";

/** Start-up data work: the demo city, its demo accounts, the simulator's people and households in care when asked for, and live positions for workers Redis does not know. */
export async function prepareData(app: AppContext): Promise<void> {
  if (app.config.SEED_DEMO_CITY) {
    await seedCity(app.database.db, shanghai);
    await seedDemoUsers(app.database.db, demoUsers, DEMO_PASSWORD);
    await seedDemoUsers(app.database.db, simulatedUsers, DEMO_PASSWORD, { shareOneHash: true });
    await seedDemoCareHouseholds(app.database.db, demoCareHouseholds, new Date());
    await app.reference.refresh();
  }
  await seedMissingPositions(app.database.db, app.positions);
}
