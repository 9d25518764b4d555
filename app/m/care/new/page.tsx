import { LanguageProvider } from "@/app/_i18n/language-provider";
import { RegisterHousehold } from "../../_care/register-household";
import { MobileShell } from "../../_shell/mobile-shell";
import { requestedLanguage, requireMobileSession, type SearchParams } from "../../mobile-session";

export const dynamic = "force-dynamic";

/** 登记新关怀对象: resident, consent, address and position, meters, grid worker, family contacts. */
export default async function RegisterHouseholdPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await requireMobileSession("/m/care/new");
  return (
    <LanguageProvider requested={await requestedLanguage(searchParams)}>
      <MobileShell user={user} backHref="/m/care">
        <RegisterHousehold user={user} />
      </MobileShell>
    </LanguageProvider>
  );
}
