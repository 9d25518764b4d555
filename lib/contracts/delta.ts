import { z } from "zod";
import { caseSummarySchema } from "./case-summary";
import { workerSummarySchema } from "./worker-summary";

/**
 * A change pushed to screens. `seq` is global and gap-free per deployment, so a screen
 * that sees a gap (or reconnects) asks for what it missed.
 */
export const deltaSchema = z.discriminatedUnion("kind", [
  z.object({ seq: z.number().int().positive(), kind: z.literal("case"), case: caseSummarySchema }),
  z.object({ seq: z.number().int().positive(), kind: z.literal("worker"), worker: workerSummarySchema }),
]);

export type Delta = z.infer<typeof deltaSchema>;

/** A delta before the sequencer numbered it. */
export type UnsequencedDelta = Delta extends infer D ? (D extends Delta ? Omit<D, "seq"> : never) : never;
