import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PhotoStore } from "@/lib/storage/photo-store";

describe("PhotoStore", () => {
  const dirs: string[] = [];
  const scratch = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tonglan-photos-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("keeps bytes under their SHA-256, once, and reads them back from a new store on the same directory", async () => {
    const dir = scratch();
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const sha = await new PhotoStore(dir).put(bytes);
    expect(sha).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(await new PhotoStore(dir).put(bytes)).toBe(sha);
    expect(readdirSync(path.join(dir, sha.slice(0, 2)))).toEqual([sha]);
    expect(readdirSync(path.join(dir, ".tmp"))).toEqual([]);
    expect(new Uint8Array(await new PhotoStore(dir).read(sha))).toEqual(bytes);
  });

  it("refuses a name that is not a SHA-256, so no path leaves the directory", () => {
    expect(() => new PhotoStore(scratch()).pathOf("../../etc/passwd")).toThrow(/not a SHA-256/);
  });
});
