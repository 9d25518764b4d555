import { LanguageProvider } from "./_i18n/language-provider";
import { parseLanguage } from "./_i18n/languages";
import { requireScreenViewer } from "./_session/require-screen-viewer";
import { WallScreen } from "./_screen/wall-screen";

export const dynamic = "force-dynamic";

/** The wall screen; everything live is fetched by the browser, nothing at build time. */
export default async function WallScreenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireScreenViewer();
  const { lang } = await searchParams;
  return (
    <LanguageProvider requested={parseLanguage(typeof lang === "string" ? lang : null)}>
      <WallScreen />
    </LanguageProvider>
  );
}
