import type { Kysely } from "kysely";
import { riskCellSchema, type RiskCell } from "@/lib/contracts/risk";
import type { Database } from "@/lib/db/schema";

export interface RiskComputation {
  computedAt: Date;
  inputsAsOf: Date;
  horizonHours: number;
  cells: RiskCell[];
}

/** Stores one computation per horizon; the same moment computed again keeps its first row. */
export async function insertRiskComputations(db: Kysely<Database>, computations: readonly RiskComputation[]): Promise<void> {
  if (computations.length === 0) return;
  await db
    .insertInto("risk_computations")
    .values(
      computations.map((c) => ({
        computed_at: c.computedAt,
        inputs_as_of: c.inputsAsOf,
        horizon_hours: c.horizonHours,
        cells: JSON.stringify(c.cells),
      })),
    )
    .onConflict((oc) => oc.columns(["horizon_hours", "computed_at"]).doNothing())
    .execute();
}

/** The latest computation for a horizon at or before `at` (a past night replayed asks with its moment). */
export async function latestRiskComputation(db: Kysely<Database>, horizonHours: number, at?: Date): Promise<RiskComputation | null> {
  let query = db.selectFrom("risk_computations").selectAll().where("horizon_hours", "=", horizonHours);
  if (at) query = query.where("computed_at", "<=", at);
  const row = await query.orderBy("computed_at", "desc").limit(1).executeTakeFirst();
  if (!row) return null;
  return {
    computedAt: new Date(row.computed_at),
    inputsAsOf: new Date(row.inputs_as_of),
    horizonHours: row.horizon_hours,
    // Parsed, not cast: rows stored before cells named their district get it as null.
    cells: riskCellSchema.array().parse(typeof row.cells === "string" ? JSON.parse(row.cells) : row.cells),
  };
}
