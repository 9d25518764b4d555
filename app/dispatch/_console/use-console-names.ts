"use client";

import { useMemo } from "react";
import type { CatalogueResponse } from "@/lib/contracts";
import { localName, type Language } from "@/app/_i18n/languages";
import { useCaseNames, type CaseNames } from "@/app/_screen/use-case-names";

export interface ConsoleNames extends CaseNames {
  department: (code: string) => string;
}

/** The wall screen's category and district names, and department names, which the desk also shows. */
export function useConsoleNames(catalogue: CatalogueResponse | null, language: Language, unknownDistrict: string): ConsoleNames {
  const names = useCaseNames(catalogue, language, unknownDistrict);
  return useMemo(() => {
    const departments = new Map(catalogue?.departments.map((department) => [department.code, department]));
    return {
      ...names,
      department: (code) => {
        const department = departments.get(code);
        return department ? localName(language, department) : code;
      },
    };
  }, [names, catalogue, language]);
}
