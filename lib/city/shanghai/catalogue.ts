import { z } from "zod";
import { categorySchema, departmentSchema } from "@/lib/contracts";
import catalogueJson from "./catalogue.json";
import departmentsJson from "./departments.json";

/** Hand-authored service catalogue (服务目录) and departments, validated when first imported. */
export const departments = z.array(departmentSchema).parse(departmentsJson);

export const catalogue = z
  .array(categorySchema)
  .superRefine((categories, ctx) => {
    const departmentCodes = new Set(departments.map((d) => d.code));
    for (const [index, category] of categories.entries()) {
      if (!departmentCodes.has(category.department)) {
        ctx.addIssue({ code: "custom", path: [index, "department"], message: `unknown department ${category.department}` });
      }
    }
  })
  .parse(catalogueJson);
