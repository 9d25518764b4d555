import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configVariables } from "@/lib/config/env";
import { demoOptionsSchema } from "@/scripts/demo/demo-options";

const example = readFileSync(path.resolve(import.meta.dirname, "../../../.env.example"), "utf8");
// `NAME=value`, or `# NAME=value` for one left unset by default.
const listed = [...example.matchAll(/^(?:# ?)?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!);
// The demo launcher's own, and the two the simulator reads by name (scripts/simulator/options.ts).
const scriptVariables = [...Object.keys(demoOptionsSchema.shape), "BASE_URL", "SIMULATOR_LATE_SHARE"];

describe(".env.example", () => {
  it("lists every variable of lib/config/env.ts", () => {
    expect(configVariables.filter((name) => !listed.includes(name))).toEqual([]);
  });

  it("lists nothing that neither the server nor the demo's scripts read", () => {
    expect(listed.filter((name) => !(configVariables as string[]).includes(name) && !scriptVariables.includes(name))).toEqual([]);
  });
});
