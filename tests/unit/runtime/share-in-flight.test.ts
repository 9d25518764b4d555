import { describe, expect, it } from "vitest";
import { shareInFlight } from "@/lib/runtime/share-in-flight";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("shareInFlight", () => {
  it("gives calls made while a load runs that load's answer, and starts a new load after it settles", async () => {
    const loads: ReturnType<typeof deferred<string>>[] = [];
    const shared = shareInFlight(() => {
      loads.push(deferred<string>());
      return loads.at(-1)!.promise;
    });
    const first = shared();
    const second = shared();
    expect(loads).toHaveLength(1);
    loads[0]!.resolve("one");
    await expect(Promise.all([first, second])).resolves.toEqual(["one", "one"]);

    const third = shared();
    expect(loads).toHaveLength(2);
    loads[1]!.resolve("two");
    await expect(third).resolves.toBe("two");
  });

  it("shares a failure with the calls waiting on it, then tries again", async () => {
    let attempt = 0;
    const shared = shareInFlight(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error("database away");
      return attempt;
    });
    const waiting = [shared(), shared()];
    for (const call of waiting) await expect(call).rejects.toThrow("database away");
    await expect(shared()).resolves.toBe(2);
  });
});
