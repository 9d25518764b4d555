import { describe, expect, it } from "vitest";
import { reduceLive } from "@/app/_live/live-reducer";
import { initialLiveState } from "@/app/_live/live-state";
import { anAlert } from "../alerts/alert-fixtures";
import { aSnapshot } from "./live-fixtures";

const at = 1_000;
const id = "0b4f7a52-3c1e-4f7e-9a4b-1f2e3d4c5b6a";

describe("reduceLive: CAP alerts", () => {
  const loaded = reduceLive(initialLiveState, { type: "snapshot-loaded", snapshot: aSnapshot(10), at });

  it("keeps an alert delta, then only a newer version of it", () => {
    const stored = reduceLive(loaded, { type: "deltas-received", deltas: [{ seq: 11, kind: "alert", alert: anAlert(id) }], at });
    expect(stored.alerts.get(id)?.state).toBe("active");
    const cancelled = reduceLive(stored, { type: "deltas-received", deltas: [{ seq: 12, kind: "alert", alert: anAlert(id, { version: 2, state: "cancelled" }) }], at });
    expect(cancelled.alerts.get(id)).toMatchObject({ version: 2, state: "cancelled" });
    const late = reduceLive(cancelled, { type: "deltas-received", deltas: [{ seq: 13, kind: "alert", alert: anAlert(id) }], at });
    expect(late.alerts.get(id)?.state).toBe("cancelled");
    expect(late.lastSeq).toBe(13);
  });

  it("merges GET /api/alerts' answer without undoing a newer delta", () => {
    const cancelled = reduceLive(loaded, { type: "deltas-received", deltas: [{ seq: 11, kind: "alert", alert: anAlert(id, { version: 2, state: "cancelled" }) }], at });
    const other = "1c5e8b63-4d2f-4a8f-8b5c-2a3f4e5d6c7b";
    const merged = reduceLive(cancelled, { type: "alerts-loaded", alerts: [anAlert(id), anAlert(other)] });
    expect(merged.alerts.get(id)?.state).toBe("cancelled");
    expect(merged.alerts.get(other)?.state).toBe("active");
  });
});
