import type { Category } from "@/lib/contracts";

export interface SkillGap {
  district: number;
  category: string;
  skills: readonly string[];
}

/**
 * Every category must be dispatchable in every district that has grid workers: some worker there
 * must hold all the skills the category needs. Returns the combinations that are not.
 */
export function findSkillGaps(
  workers: readonly { district: number; skills: readonly string[] }[],
  categories: readonly Pick<Category, "code" | "skills">[],
): SkillGap[] {
  const skillSetsByDistrict = new Map<number, Set<string>[]>();
  for (const worker of workers) {
    const sets = skillSetsByDistrict.get(worker.district) ?? [];
    sets.push(new Set(worker.skills));
    skillSetsByDistrict.set(worker.district, sets);
  }
  const gaps: SkillGap[] = [];
  for (const [district, skillSets] of skillSetsByDistrict) {
    for (const category of categories) {
      const covered = skillSets.some((held) => category.skills.every((skill) => held.has(skill)));
      if (!covered) gaps.push({ district, category: category.code, skills: category.skills });
    }
  }
  return gaps;
}
