import { describe, expect, it } from "vitest";
import { findSkillGaps } from "@/lib/city/skill-coverage";

const categories = [
  { code: "river_pollution", skills: ["environment_inspection", "drainage"] },
  { code: "fallen_tree", skills: ["greening"] },
];

describe("findSkillGaps", () => {
  it("needs one worker holding all of a category's skills, per district", () => {
    const workers = [
      { district: 1, skills: ["environment_inspection", "drainage", "greening"] },
      { district: 2, skills: ["environment_inspection"] },
      { district: 2, skills: ["drainage", "greening"] },
    ];
    expect(findSkillGaps(workers, categories)).toEqual([
      { district: 2, category: "river_pollution", skills: ["environment_inspection", "drainage"] },
    ]);
  });
});
