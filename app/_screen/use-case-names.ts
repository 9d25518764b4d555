"use client";

import { useMemo } from "react";
import type { CatalogueResponse } from "@/lib/contracts";
import { localName, type Language } from "@/app/_i18n/languages";

export interface CaseNames {
  category: (code: string) => string;
  district: (adcode: number | null) => string;
  department: (code: string) => string;
}

/** Category, district and department names in the screen's language; codes stand in until the catalogue arrives. */
export function useCaseNames(catalogue: CatalogueResponse | null, language: Language, unknownDistrict: string): CaseNames {
  return useMemo(() => {
    const categories = new Map(catalogue?.categories.map((category) => [category.code, category]));
    const districts = new Map(catalogue?.districts.map((district) => [district.adcode, district]));
    const departments = new Map(catalogue?.departments.map((department) => [department.code, department]));
    return {
      category: (code) => {
        const category = categories.get(code);
        return category ? localName(language, category) : code;
      },
      district: (adcode) => {
        const district = adcode === null ? undefined : districts.get(adcode);
        return district ? localName(language, district) : unknownDistrict;
      },
      department: (code) => {
        const department = departments.get(code);
        return department ? localName(language, department) : code;
      },
    };
  }, [catalogue, language, unknownDistrict]);
}
