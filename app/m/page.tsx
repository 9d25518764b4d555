import { LanguageProvider } from "@/app/_i18n/language-provider";
import { CareRegistryLink } from "./_care/care-registry-link";
import { MobileShell } from "./_shell/mobile-shell";
import { TaskList } from "./_tasks/task-list";
import { requestedLanguage, requireMobileSession, type SearchParams } from "./mobile-session";

export const dynamic = "force-dynamic";

/** 我的任务: the grid worker's phone home, nearest task first. */
export default async function MyTasksPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await requireMobileSession("/m");
  return (
    <LanguageProvider requested={await requestedLanguage(searchParams)}>
      <MobileShell user={user}>
        <TaskList user={user} />
        <CareRegistryLink />
      </MobileShell>
    </LanguageProvider>
  );
}
