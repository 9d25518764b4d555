import type { Role, SummonView } from "@/lib/contracts";

/** Where the viewer can open the summons' case: the desk's console, or the phone pages of the department that owns it. */
export function caseLinkFor(s: SummonView, role: Role, myDepartment: string | null, language: "zh-CN" | "en"): string | null {
  const lang = language === "en" ? "&lang=en" : "";
  if (role === "dispatcher" || role === "operator" || role === "admin") return `/dispatch?case=${encodeURIComponent(s.caseId)}${lang}`;
  if (role === "department_staff" && myDepartment === s.caseDepartment) return `/m/tasks/${encodeURIComponent(s.caseId)}`;
  return null;
}
