import { describe, expect, it } from "vitest";
import { CaseDots } from "@/app/_map/case-dots";
import { CaseDotsUpload } from "@/app/_map/case-dots-upload";
import { aCase } from "../live/live-fixtures";
import { deviceStandIn } from "./gpu-buffer-stand-in";

describe("CaseDotsUpload", () => {
  const cases = Array.from({ length: 300 }, (_, i) => aCase(`c${i}`, { lng: 121 + i / 1_000 }));

  it("uploads every row first, then only the changed ones, and the GPU's rows end equal to the dots'", () => {
    const dots = new CaseDots();
    for (const summary of cases) dots.update(undefined, summary);
    const { device, buffers } = deviceStandIn();
    const upload = new CaseDotsUpload(device);
    const first = upload.sync(dots.publish());
    const [buffer] = buffers;
    const everyRow = first.length * 24;
    expect(buffer!.bytesWritten).toBe(everyRow);
    expect(upload.sync(dots.publish())).toBe(first);

    dots.update(cases[10], aCase("c10", { stage: "accepted", version: 2 }));
    dots.update(cases[20], { ...cases[20]!, priority: "urgent", version: 2 });
    const data = dots.publish();
    const second = upload.sync(data);
    expect(buffers).toHaveLength(1);
    expect(buffer!.bytesWritten - everyRow).toBeLessThan(everyRow / 10);
    expect(second.attributes).toBe(first.attributes);
    expect(buffer!.bytes.subarray(0, second.length * 24)).toEqual(data.dots.rowBytes(0, data.length));
  });

  it("moves to a larger buffer when the dots outgrow it, and catches up on publishes it skipped", () => {
    const dots = new CaseDots();
    dots.update(undefined, cases[0]);
    const { device, buffers } = deviceStandIn();
    const upload = new CaseDotsUpload(device);
    const small = upload.sync(dots.publish());
    for (const summary of cases.slice(1)) {
      dots.update(undefined, summary);
      dots.publish();
    }
    const data = dots.publish();
    const large = upload.sync(data);
    expect(buffers).toHaveLength(2);
    expect(buffers[0]!.destroyed).toBe(true);
    expect(large.attributes).not.toBe(small.attributes);
    expect(buffers[1]!.bytes).toEqual(data.dots.rowBytes(0, data.length));
  });
});
