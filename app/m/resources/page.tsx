import { redirect } from "next/navigation";
import { LanguageProvider } from "@/app/_i18n/language-provider";
import { MobileShell } from "../_shell/mobile-shell";
import { FieldResources } from "../_resources/field-resources";
import { requestedLanguage, requireMobileSession, type SearchParams } from "../mobile-session";

export const dynamic = "force-dynamic";

/** 我的应急资源: the shelters, teams, pumps or depots the staff member's department runs, to update from the field. */
export default async function FieldResourcesPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await requireMobileSession("/m/resources");
  if (user.role !== "department_staff") redirect("/m");
  return (
    <LanguageProvider requested={await requestedLanguage(searchParams)}>
      <MobileShell user={user} backHref="/m">
        <FieldResources />
      </MobileShell>
    </LanguageProvider>
  );
}
