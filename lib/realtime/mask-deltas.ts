import type { UnsequencedDelta } from "@/lib/contracts/delta";
import type { CatchUpResponse } from "@/lib/contracts/socket-events";
import { maskCaseSummary } from "@/lib/domain/identity/mask-case-summary";
import { maskPersonalNumbers } from "@/lib/domain/identity/mask-personal-numbers";

/**
 * The deltas as those who may not see reporters' numbers get them (in a case's text, whole or
 * patched): the very array when no case in it has one, else a copy in which only the changed deltas are new objects.
 */
export function maskDeltas<D extends UnsequencedDelta>(deltas: readonly D[]): readonly D[] {
  let masked: D[] | null = null;
  for (let i = 0; i < deltas.length; i++) {
    const delta = deltas[i]!;
    if (delta.kind === "case") {
      const summary = maskCaseSummary(delta.case);
      if (summary !== delta.case) (masked ??= [...deltas])[i] = { ...delta, case: summary };
    } else if (delta.kind === "case-patch" && delta.set.description !== undefined) {
      const description = maskPersonalNumbers(delta.set.description);
      if (description !== delta.set.description) (masked ??= [...deltas])[i] = { ...delta, set: { ...delta.set, description } };
    }
  }
  return masked ?? deltas;
}

/** A catch-up as a screen that may not read the cases' text unmasked replays it. */
export function maskCatchUp(response: CatchUpResponse): CatchUpResponse {
  return response.ok ? { ok: true, deltas: [...maskDeltas(response.deltas)] } : response;
}
