import { notFound } from "next/navigation";
import { LanguageProvider } from "@/app/_i18n/language-provider";
import { idParamsSchema } from "@/lib/contracts/path-params";
import { MobileShell } from "../../_shell/mobile-shell";
import { TaskDetail } from "../../_task/task-detail";
import { requestedLanguage, requireMobileSession, type SearchParams } from "../../mobile-session";

export const dynamic = "force-dynamic";

/** One task: where, what, who reported it, and the next step (签收, 到场, 办结). */
export default async function TaskPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const path = idParamsSchema.safeParse(await params);
  if (!path.success) notFound();
  const { id } = path.data;
  const { user, maxPhotoBytes } = await requireMobileSession(`/m/tasks/${id}`);
  return (
    <LanguageProvider requested={await requestedLanguage(searchParams)}>
      <MobileShell user={user} backHref="/m">
        <TaskDetail caseId={id} maxPhotoBytes={maxPhotoBytes} />
      </MobileShell>
    </LanguageProvider>
  );
}
