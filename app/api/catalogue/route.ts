import type { CatalogueResponse } from "@/lib/contracts/catalogue";
import { listCategories, listDepartments, listDistricts } from "@/lib/db/repositories/catalogue.repository";
import { appContext } from "../_http/app-context";

export const dynamic = "force-dynamic";

/**
 * Public on purpose: residents report without an account (/report) and pick a category from this
 * list, and the public wall screen names categories and districts with it. It holds reference data
 * only — names, SLA minutes, skills — nothing about any case or person.
 */
export async function GET(): Promise<Response> {
  const { database } = await appContext();
  const [categories, departments, districts] = await Promise.all([
    listCategories(database.db),
    listDepartments(database.db),
    listDistricts(database.db),
  ]);
  const body: CatalogueResponse = { categories, departments, districts };
  return Response.json(body);
}
