import { notFound } from "next/navigation";
import { LanguageProvider } from "@/app/_i18n/language-provider";
import { idParamsSchema } from "@/lib/contracts/path-params";
import { HouseholdPage } from "../../_care/household-page";
import { MobileShell } from "../../_shell/mobile-shell";
import { requestedLanguage, requireMobileSession, type SearchParams } from "../../mobile-session";

export const dynamic = "force-dynamic";

/** One household in care: its details, changes, absences and history. */
export default async function CareHouseholdPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const path = idParamsSchema.safeParse(await params);
  if (!path.success) notFound();
  const { id } = path.data;
  const { user } = await requireMobileSession(`/m/care/${id}`);
  return (
    <LanguageProvider requested={await requestedLanguage(searchParams)}>
      <MobileShell user={user} backHref="/m/care">
        <HouseholdPage householdId={id} />
      </MobileShell>
    </LanguageProvider>
  );
}
