import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderApiDoc } from "@/scripts/docs/render-api-doc";

describe("docs/api.md", () => {
  it("is what npm run docs:api renders from the contracts now", () => {
    const checkedIn = readFileSync(new URL("../../../docs/api.md", import.meta.url), "utf8");
    expect(checkedIn === renderApiDoc(), "docs/api.md is stale: run npm run docs:api and commit it").toBe(true);
  });
});
