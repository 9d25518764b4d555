import type { Kysely } from "kysely";
import type { Category, Department, DistrictName } from "@/lib/contracts/catalogue";
import type { Priority } from "@/lib/contracts/stage";
import type { Database } from "../schema";

export async function listCategories(db: Kysely<Database>): Promise<Category[]> {
  const rows = await db.selectFrom("categories").selectAll().orderBy("code").execute();
  return rows.map((r) => ({
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    department: r.department,
    priority: r.priority as Priority,
    skills: r.skills,
    sla: {
      signForMinutes: r.sla_sign_for_minutes,
      arriveMinutes: r.sla_arrive_minutes,
      resolveMinutes: r.sla_resolve_minutes,
    },
    summonDepartments: r.summon_departments,
    autoDispatch: r.auto_dispatch,
  }));
}

export async function listDepartments(db: Kysely<Database>): Promise<Department[]> {
  const rows = await db.selectFrom("departments").selectAll().orderBy("code").execute();
  return rows.map((r) => ({ code: r.code, nameZh: r.name_zh, nameEn: r.name_en }));
}

export async function listDistricts(db: Kysely<Database>): Promise<DistrictName[]> {
  const rows = await db.selectFrom("districts").selectAll().orderBy("adcode").execute();
  return rows.map((r) => ({ adcode: r.adcode, nameZh: r.name_zh, nameEn: r.name_en }));
}

/** District of a default grid cell, or null outside the gridded city. */
export async function districtOfCell(db: Kysely<Database>, cell: string): Promise<number | null> {
  const row = await db.selectFrom("grids").select("district").where("cell", "=", cell).executeTakeFirst();
  return row?.district ?? null;
}
