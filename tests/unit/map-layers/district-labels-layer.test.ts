import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { districtLabelsLayer, districtLabelsSchema, districtLabelsUrl, type DistrictLabel } from "@/app/_map/district-labels-layer";

const labels = districtLabelsSchema.parse(JSON.parse(readFileSync(`public${districtLabelsUrl}`, "utf8"))).features;
const textOf = (layer: ReturnType<typeof districtLabelsLayer>) => layer.props.getText as unknown as (label: DistrictLabel) => string;

describe("districtLabelsLayer", () => {
  it("names all sixteen districts of the static file at their centroids", () => {
    expect(labels).toHaveLength(16);
    const huangpu = labels.find((label) => label.properties.adcode === 310101)!;
    expect(huangpu.geometry.coordinates[0]).toBeCloseTo(121.479, 2);
  });

  it("writes each name in the screen's language and redraws the text when the language changes", () => {
    const huangpu = labels.find((label) => label.properties.adcode === 310101)!;
    const zh = districtLabelsLayer(labels, "zh-CN");
    const en = districtLabelsLayer(labels, "en");
    expect(textOf(zh)(huangpu)).toBe("黄浦区");
    expect(textOf(en)(huangpu)).toBe("Huangpu");
    expect(en.props.updateTriggers).toEqual({ getText: "en" });
  });
});
