import { LanguageProvider } from "@/app/_i18n/language-provider";
import { MobileShell } from "../_shell/mobile-shell";
import { PatrolForm } from "../_report/patrol-form";
import { requestedLanguage, requireMobileSession, type SearchParams } from "../mobile-session";

export const dynamic = "force-dynamic";

/** 巡查上报: a problem found on patrol, with its position and a photo. */
export default async function PatrolReportPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, maxPhotoBytes } = await requireMobileSession("/m/report");
  return (
    <LanguageProvider requested={await requestedLanguage(searchParams)}>
      <MobileShell user={user} backHref="/m">
        <PatrolForm user={user} maxPhotoBytes={maxPhotoBytes} />
      </MobileShell>
    </LanguageProvider>
  );
}
