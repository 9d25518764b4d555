import { LanguageProvider } from "@/app/_i18n/language-provider";
import { CareRegistry } from "../_care/care-registry";
import { MobileShell } from "../_shell/mobile-shell";
import { requestedLanguage, requireMobileSession, type SearchParams } from "../mobile-session";

export const dynamic = "force-dynamic";

/** 关怀对象登记: the households of the viewer's grid or community, each to open. */
export default async function CareRegistryPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await requireMobileSession("/m/care");
  return (
    <LanguageProvider requested={await requestedLanguage(searchParams)}>
      <MobileShell user={user} backHref="/m">
        <CareRegistry />
      </MobileShell>
    </LanguageProvider>
  );
}
